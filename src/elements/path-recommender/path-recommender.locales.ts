import { cachedBundles } from '../../platform/localized.js';
import en, { type PathLocale } from './locales/en.js';

export const pathLocales = cachedBundles<PathLocale>(
  en,
  () => import('./locales/zh-CN.js'),
  () => import('./locales/zh-Hant.js'),
);
