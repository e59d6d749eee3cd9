/**
 * The checklist's tools: the plan for a 1:1 (its one primary button, Copy), and under "More" the
 * progress file (export, import) and the reset. "More" is a disclosure: a real button with
 * aria-expanded; Escape inside it closes it and returns the focus to the button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PlanActions } from '../shared/plan-actions.js';
import type { Replacements, ToolProblem } from './checklist-replacements.js';
import type { ChecklistStrings } from './locales/en.js';

export interface ToolsView {
  plan: PlanActions;
  replacements?: Replacements;
  problem?: ToolProblem;
  moreOpen: boolean;
  toggleMore(open: boolean, focusButton?: boolean): void;
  exportFile(): void;
  importFile(event: Event): void;
  askReset(): void;
}

export function renderTools(view: ToolsView, strings: ChecklistStrings): TemplateResult {
  const { replacements, problem } = view;
  // An open question about a reset keeps the panel that asked it open.
  const open = view.moreOpen || Boolean(replacements?.askingReset);
  return html`<div class="tools" part="tools">
    <h3>${strings.toolsHeading}</h3>
    ${view.plan.renderButtons(strings)}
    <div class="more">
      <button type="button" class="secondary" aria-expanded=${open} aria-controls="more" @click=${() => view.toggleMore(!open)}>
        ${strings.more}
      </button>
      <div
        id="more"
        class="buttons"
        ?hidden=${!open}
        @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && view.toggleMore(false, true)}
      >
        <button type="button" class="secondary" @click=${view.exportFile}>${strings.exportProgress}</button>
        <label class="file-button">
          <input class="visually-hidden" type="file" accept="application/json,.json" @change=${view.importFile} />
          <span>${strings.importProgress}</span>
        </label>
        <button type="button" class="secondary" aria-expanded=${Boolean(replacements?.askingReset)} @click=${view.askReset}>
          ${strings.reset}
        </button>
      </div>
    </div>
    ${replacements?.renderQuestion(strings)} ${view.plan.renderStatus(strings)}
    <div role="status" class="tool-status">${replacements?.renderUndo(strings)}</div>
    <div role="alert" class="tool-error">${problem ? html`<p class="error">${strings.importErrors[problem]}</p>` : nothing}</div>
  </div>`;
}
