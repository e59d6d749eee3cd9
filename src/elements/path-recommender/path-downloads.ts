/** The path's downloads: Markdown, and a calendar of the milestones ahead from a start day. */
import { nothing, type TemplateResult } from 'lit';
import { html } from './compact-html.js';
import type { PathStrings } from './locales/en.js';

export interface DownloadsView {
  startDate: string;
  /** Why the calendar for the chosen start day cannot be made, in the reader's language. */
  calendarProblem?: string;
  markdown(): unknown;
  pickStart(day: string): void;
  calendar(): unknown;
}

export function renderDownloads(strings: PathStrings, view: DownloadsView): TemplateResult {
  return html`<div class="export" part="export">
    <h3>${strings.exportHeading}</h3>
    <button type="button" @click=${view.markdown}>${strings.exportMarkdown}</button>
    <div class="field">
      <label for="start">${strings.startDate}</label>
      <input
        id="start"
        type="date"
        aria-invalid=${Boolean(view.calendarProblem)}
        .value=${view.startDate}
        @change=${(event: Event) => view.pickStart((event.target as HTMLInputElement).value)}
      />
    </div>
    <button type="button" @click=${view.calendar}>${strings.exportCalendar}</button>
    ${view.calendarProblem ? html`<p class="notice small" part="notice" role="alert">${view.calendarProblem}</p>` : nothing}
  </div>`;
}
