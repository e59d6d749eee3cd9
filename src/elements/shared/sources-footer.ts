import { html, type TemplateResult } from 'lit';
import type { Source } from '../../content/schema/common.js';

/** Where the advice comes from, shown under every element's result. */
export function renderSources(heading: string, sources: readonly Source[]): TemplateResult {
  return html`<footer class="sources small">
    <h3>${heading}</h3>
    <ul>
      ${sources.map(
        (source) => html`<li>${source.url ? html`<a href=${source.url}>${source.title}</a>` : source.title} (${source.author})</li>`,
      )}
    </ul>
  </footer>`;
}
