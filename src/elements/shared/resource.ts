import { html, type TemplateResult } from 'lit';
import type commonStrings from '../../content/common/ui.en.json';
import type { LinkedResource, RESOURCE_LANGUAGES } from '../../content/schema/common.js';
import { fill } from '../../core/format.js';
import type { Locale } from '../../platform/locale.js';

type ResourceStrings = Pick<typeof commonStrings, 'aside' | 'hours' | 'langEn' | 'langZh' | 'langZhHant'>;

const LANGUAGE_LABELS = { en: 'langEn', zh: 'langZh', 'zh-Hant': 'langZhHant' } as const satisfies Record<
  (typeof RESOURCE_LANGUAGES)[number],
  keyof ResourceStrings
>;

/**
 * A resource as a reader acts on it: the link, who made it, the part to use, the hours, and its
 * language when that differs from the page's (an English book in Chinese content says so, and so
 * does a Simplified Chinese one on a Traditional Chinese page).
 */
export function renderResource(resource: LinkedResource, strings: ResourceStrings, locale: Locale): TemplateResult {
  const language = resource.lang === (locale === 'zh-CN' ? 'zh' : locale) ? '' : strings[LANGUAGE_LABELS[resource.lang]];
  const facts = [resource.part, fill(strings.hours, { count: resource.hours }), language, resource.note].filter(Boolean);
  return html`<li class="resource">
    <a href=${resource.url} lang=${resource.lang}>${resource.title}</a>${fill(strings.aside, { text: resource.by })}
    <span class="small muted">${facts.join(' · ')}</span>
  </li>`;
}
