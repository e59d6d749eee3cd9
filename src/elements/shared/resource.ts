import { html, nothing, type TemplateResult } from 'lit';
import type commonStrings from '../../content/common/ui.en.json';
import type { LinkedResource, RESOURCE_LANGUAGES } from '../../content/schema/common.js';
import { fill } from '../../core/format.js';
import type { Locale } from '../../platform/locale.js';

type ResourceStrings = Pick<typeof commonStrings, 'aside' | 'hours' | 'langEn' | 'langZh' | 'langZhHant' | 'locale'>;

const LANGUAGE_LABELS = { en: 'langEn', zh: 'langZh', 'zh-Hant': 'langZhHant' } as const satisfies Record<
  (typeof RESOURCE_LANGUAGES)[number],
  keyof ResourceStrings
>;

/**
 * A resource as a reader acts on it, the same in every element: the link, who made it, what kind
 * of thing it is (`kind`: format, cost), the part to use, the hours, and its language when that
 * differs from the text around it (an English book in Chinese content says so, and so does a
 * Simplified Chinese one on a Traditional Chinese page). `more` follows, e.g. another edition.
 */
export function renderResource(
  resource: LinkedResource,
  strings: ResourceStrings,
  kind: readonly string[] = [],
  more: unknown = nothing,
): TemplateResult {
  // The strings' language, not the page's: when Chinese failed to load, everything shows in English.
  const locale = strings.locale as Locale;
  const language = resource.lang === (locale === 'zh-CN' ? 'zh' : locale) ? '' : strings[LANGUAGE_LABELS[resource.lang]];
  const facts = [...kind, resource.part, fill(strings.hours, { count: resource.hours }), language, resource.note].filter(Boolean);
  return html`<li class="resource">
    <a href=${resource.url} lang=${resource.lang}>${resource.title}</a>${fill(strings.aside, { text: resource.by })}
    <span class="small muted" .textContent=${facts.join(' · ')}></span>${more}
  </li>`;
}
