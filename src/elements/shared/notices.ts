import { html, type TemplateResult } from 'lit';

/**
 * The live region for non-blocking notices (storage unavailable, language failed to load). It is
 * always rendered, so screen readers announce a notice when it appears.
 */
export function renderNotices(notices: (string | false | undefined)[]): TemplateResult {
  return html`<div role="status" class="notices">
    ${notices.filter(Boolean).map((text) => html`<p class="notice small" part="notice">${text}</p>`)}
  </div>`;
}
