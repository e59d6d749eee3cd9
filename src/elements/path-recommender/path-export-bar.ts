/**
 * The path's downloads, beside the estimate: the 1:1 plan (its own group, Copy the primary
 * button) and the milestones' calendar, whose start date sits in the calendar's group.
 */
import { nothing, type TemplateResult } from 'lit';
import { html } from './compact-html.js';
import type { PlanActions } from '../shared/plan-actions.js';
import type { PathStrings } from './locales/en.js';

export interface ExportBar {
  plan: PlanActions;
  startDate: string;
  /** Why the calendar for the chosen start date cannot be made, in the reader's language. */
  calendarProblem?: string;
  pickStart(date: string): void;
  downloadCalendar(): void;
}

export function renderExportBar(bar: ExportBar, strings: PathStrings): TemplateResult {
  return html`<div class="export" part="export">
    <h3>${strings.exportHeading}</h3>
    ${bar.plan.renderButtons(strings)}
    <fieldset class="calendar">
      <legend .textContent=${strings.calendarGroup}></legend>
      <div class="field">
        <label for="start" .textContent=${strings.startDate}></label>
        <input
          id="start"
          type="date"
          aria-invalid=${Boolean(bar.calendarProblem)}
          .value=${bar.startDate}
          @change=${(e: Event) => bar.pickStart((e.target as HTMLInputElement).value)}
        />
      </div>
      <button type="button" @click=${bar.downloadCalendar}>${strings.exportCalendar}</button>
    </fieldset>
    ${bar.plan.renderStatus(strings)}
    ${bar.calendarProblem ? html`<p class="notice small" part="notice" role="alert">${bar.calendarProblem}</p>` : nothing}
  </div>`;
}
