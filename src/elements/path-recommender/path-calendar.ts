/**
 * The calendar download beside the estimate (path-export-bar.ts): the start date the reader
 * picks, the download, and why the calendar cannot be made when it cannot.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { fill } from '../../core/format.js';
import { downloadText } from '../../platform/download.js';
import type { PlanActions } from '../shared/plan-actions.js';
import type { PathStrings } from './locales/en.js';
import { renderExportBar } from './path-export-bar.js';

const CALENDAR_FILE = 'ml-learning-path.ics';

/** The element as the download sees it: its public calendar. */
type CalendarHost = ReactiveControllerHost & { toCalendar(start?: string): Promise<string> };

export class PathCalendar {
  private readonly host: CalendarHost;
  private readonly plan: PlanActions;
  /** The day the calendar starts on, YYYY-MM-DD: today until the reader picks another. */
  startDate = new Date().toISOString().slice(0, 10);
  /** Why the calendar for the chosen start date cannot be made, in the reader's language. */
  private problem?: string;

  constructor(host: CalendarHost, plan: PlanActions) {
    this.host = host;
    this.plan = plan;
  }

  /** The downloads beside the estimate: the 1:1 plan, and the calendar from a start date. */
  renderExports(strings: PathStrings): TemplateResult {
    return renderExportBar(
      {
        plan: this.plan,
        startDate: this.startDate,
        calendarProblem: this.problem,
        pickStart: (date) => {
          this.startDate = date;
          this.showProblem();
        },
        downloadCalendar: () =>
          void this.host.toCalendar().then(
            (text) => {
              this.showProblem();
              downloadText(CALENDAR_FILE, 'text/calendar', text);
              this.plan.announce(fill(strings.downloaded, { file: CALENDAR_FILE }));
            },
            (error: Error) => this.showProblem(error.message),
          ),
      },
      strings,
    );
  }

  private showProblem(problem?: string): void {
    this.problem = problem;
    this.host.requestUpdate();
  }
}
