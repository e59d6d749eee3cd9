import { html, nothing, type TemplateResult } from 'lit';
import type { ProblemReport } from '../../platform/describe-problems.js';

/** The visible, localized report of what is wrong with an embedder's content, and where. */
export function renderContentProblems(report: ProblemReport | undefined): TemplateResult | typeof nothing {
  if (!report) return nothing;
  return html`<div class="content-problems" part="content-problems">
    <p><strong>${report.heading}</strong></p>
    <ul>
      ${report.items.map((item) => html`<li><code>${item.path}</code> ${item.reason}</li>`)}
    </ul>
    ${report.more ? html`<p>${report.more}</p>` : nothing}
  </div>`;
}
