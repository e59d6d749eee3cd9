import { html, type TemplateResult } from 'lit';
import type commonStrings from '../../content/common/ui.en.json';
import type { LinkedResource } from '../../content/schema/common.js';
import { fill } from '../../core/format.js';

type ResourceStrings = Pick<typeof commonStrings, 'aside' | 'hours' | 'langEn' | 'langZh'>;

/**
 * A resource as a reader acts on it: the link, who made it, the part to use, the hours, and its
 * language when that differs from the page's (an English book in Chinese content says so).
 */
export function renderResource(resource: LinkedResource, strings: ResourceStrings, locale: string): TemplateResult {
  const language = locale.startsWith(resource.lang) ? '' : resource.lang === 'zh' ? strings.langZh : strings.langEn;
  const facts = [resource.part, fill(strings.hours, { count: resource.hours }), language, resource.note].filter(Boolean);
  return html`<li class="resource">
    <a href=${resource.url} lang=${resource.lang}>${resource.title}</a>${fill(strings.aside, { text: resource.by })}
    <span class="small muted">${facts.join(' · ')}</span>
  </li>`;
}
