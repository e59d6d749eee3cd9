import { html, type TemplateResult } from 'lit';
import type commonStrings from '../../content/common/ui.en.json';
import type { Source } from '../../content/schema/common.js';
import { fill } from '../../core/format.js';
import { textList } from './text-list.js';

/** Where the advice comes from, shown under every element's result. */
export function renderSources(strings: typeof commonStrings, sources: readonly Source[]): TemplateResult {
  return html`<footer class="sources small">
    <h3>${strings.sources}</h3>
    <ul ${textList(sources.map((source) => ({ text: source.title, href: source.url, lang: source.lang, after: fill(strings.aside, { text: source.author }) })))}></ul>
  </footer>`;
}
