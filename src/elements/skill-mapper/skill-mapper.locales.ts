import { cachedBundles } from '../../platform/localized.js';
import en, { type SkillMapperLocale } from './locales/en.js';

export const skillMapperLocales = cachedBundles<SkillMapperLocale>(
  en,
  () => import('./locales/zh-CN.js'),
  () => import('./locales/zh-Hant.js'),
);
