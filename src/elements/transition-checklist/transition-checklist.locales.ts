import { cachedBundles } from '../../platform/localized.js';
import en, { type ChecklistLocale } from './locales/en.js';

export const checklistLocales = cachedBundles<ChecklistLocale>(
  en,
  () => import('./locales/zh-CN.js'),
  () => import('./locales/zh-Hant.js'),
);
