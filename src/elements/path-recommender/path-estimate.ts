/**
 * The estimate: the path's total at the reader's pace, what would change it, and, once the reader
 * follows the path, what is left: at the hours they said and at the pace they actually kept, each
 * as a range with finish days. Ranges, never deadlines.
 */
import { nothing, type TemplateResult } from 'lit';
import { html } from './compact-html.js';
import type { PathContent } from '../../content/schema/path.js';
import { fill, formatDay, formatRange, plural } from '../../core/format.js';
import { dayOf, isoWeek, mondayOf, type Finish, type Forecast } from '../../core/path-forecast.js';
import { hoursIn, WEEK_HOURS, type PathProgress } from '../../core/path-progress.js';
import { otherPace, recommendPath, type LearningPath } from '../../core/recommend-path.js';
import { textList } from '../shared/text-list.js';
import type { PathStrings } from './locales/en.js';
import type { RecordTools } from './path-record.js';

const weeksText = (range: LearningPath['weeks'], strings: PathStrings) => formatRange(range, strings.weekOne, strings.weekMany);

/** `exportBar`: the plan's and the calendar's downloads, shown beside the estimate (path-export-bar.ts). */
export function renderSummary(path: LearningPath, content: PathContent, strings: PathStrings, exportBar: TemplateResult): TemplateResult {
  const { inputs, habits } = path;
  const weeks = (range: LearningPath['weeks']) => weeksText(range, strings);
  // What would change this: another pace (which may let another graded programme fit), or the other way of studying.
  const pace = otherPace(inputs.hoursPerWeek);
  const faster = recommendPath(content, { ...inputs, hoursPerWeek: pace });
  const programme = (p: LearningPath) => p.phases.find((phase) => phase.term)?.parts[0].resource;
  const switched = programme(faster) !== programme(path) && programme(faster);
  const structure = inputs.structure === 'structured' ? 'self-paced' : 'structured';
  const other = recommendPath(content, { ...inputs, structure });
  return html`<div class="summary" part="summary">
    <p
      class="total"
      role="status"
      .textContent=${fill(strings.total, { weeks: weeks(path.weeks), pace: plural(strings.hoursAWeek, inputs.hoursPerWeek, strings.locale), hours: `${path.hours.min}–${path.hours.max}` })}
    ></p>
    ${habits.length
      ? html`<p .textContent=${fill(strings.alongside, { hours: habits.reduce((t, h) => t + h.weekly, 0), names: habits.map((h) => h.title).join(strings.listSep) })}></p>`
      : nothing}
    ${path.pace ? html`<p class="notice small" part="notice" .textContent=${path.pace === 'low' ? strings.paceLow : strings.paceHigh}></p>` : nothing}
    ${exportBar}
    <p class="what-if small">
      <strong .textContent=${strings.whatIf}></strong>${
        // One text after the label, not five: every node counts in every copy.
        strings.afterLabel +
        fill(strings.atPace, { pace, weeks: weeks(faster.weeks) }) +
        (switched ? fill(strings.withProgramme, { title: switched.title }) : '') +
        strings.listSep +
        fill(strings.otherStructure[structure], { weeks: weeks(other.weeks) })
      }
    </p>
    <h3>${strings.reasonsHeading}</h3>
    <ul class="reasons" ${textList([inputs.level, inputs.style, inputs.structure].map((key) => ({ text: strings.reasons[key] })))}></ul>
  </div>`;
}

export interface TrackerView {
  path: LearningPath;
  progress: PathProgress;
  forecast: Forecast;
  now: Date;
  locale: string;
  /** Phases marked done, of all. */
  done: number;
  /** Marks kept aside for another level or direction. */
  aside: number;
  /** Sets this week's hours. */
  logHours(week: string, hours: number): void;
  record: RecordView;
}

/** The kit's record: download, import, and what an import asks or can undo (their code loads on demand). */
export interface RecordView {
  problem?: keyof PathStrings['recordErrors'];
  tools?: Pick<RecordTools, 'renderQuestion' | 'renderUndo'>;
  download(): void;
  importFile(file: File): void;
}

/** Browsers may clear site data: the reader is told, and offered the whole kit's record to keep. */
function renderRecord(view: RecordView, strings: PathStrings): TemplateResult {
  return html`<div class="record">
    <p class="small" .textContent=${strings.keepNote}></p>
    <div class="buttons">
      <button type="button" @click=${view.download}>${strings.recordExport}</button>
      <label class="file-button record-import">
        <input
          class="visually-hidden"
          type="file"
          accept="application/json,.json"
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = ''; // the same file can be picked again after fixing it
            if (file) view.importFile(file);
          }}
        />
        <span .textContent=${strings.recordImport}></span>
      </label>
    </div>
    ${view.tools?.renderQuestion(strings)}
    <div role="status" class="record-status">${view.tools?.renderUndo(strings)}</div>
    <div role="alert" class="record-error">${view.problem ? html`<p class="error">${strings.recordErrors[view.problem]}</p>` : nothing}</div>
  </div>`;
}

/** The reader's progress, this week's hours with "+1 h", and the two forecasts. */
export function renderTracker(view: TrackerView, strings: PathStrings): TemplateResult {
  const { forecast, path } = view;
  const day = (value: Date) => formatDay(value, view.locale);
  const finishing = (finish: Finish) => ({ weeks: weeksText(finish.weeks, strings), from: day(finish.from), to: day(finish.to) });
  const week = isoWeek(dayOf(view.now));
  const hours = hoursIn(view.progress, week);
  const { actual } = forecast;
  const lastDay = (key: string) => new Date(mondayOf(key).getTime() + 6 * 86_400_000);
  return html`<section class="tracker" part="tracker" aria-labelledby="tracker-heading">
    <h3 id="tracker-heading">${strings.trackerHeading}</h3>
    <p .textContent=${fill(strings.phasesDone, { done: view.done, total: path.phases.length })}></p>
    ${view.aside ? html`<p class="small muted" .textContent=${fill(strings.keptAside, { count: view.aside })}></p>` : nothing}
    <div class="field log">
      <label id="week-label" for="week-hours" .textContent=${strings.thisWeek}></label>
      <span class="log-row">
        <input
          id="week-hours"
          type="number"
          inputmode="numeric"
          min="0"
          max=${WEEK_HOURS}
          step="1"
          aria-describedby="week-hint"
          .value=${String(hours)}
          @change=${(event: Event) => {
            const value = Number((event.target as HTMLInputElement).value);
            if (Number.isFinite(value)) view.logHours(week, value);
          }}
        />
        <button type="button" aria-describedby="week-label" @click=${() => view.logHours(week, hours + 1)}>${strings.addHour}</button>
      </span>
      <span id="week-hint" class="muted small" .textContent=${fill(strings.thisWeekHint, { date: day(mondayOf(week)) })}></span>
    </div>
    <div class="forecast" role="status">
      ${forecast.remaining.max === 0
        ? html`<p .textContent=${strings.allDone}></p>`
        : html`<p .textContent=${fill(strings.forecastSaid, { pace: path.inputs.hoursPerWeek, ...finishing(forecast.said) })}></p>
            <p
              .textContent=${actual
                ? fill(strings.forecastActual, { first: day(mondayOf(actual.first)), last: day(lastDay(actual.last)), pace: actual.hours, ...finishing(actual) })
                : strings.forecastWait}
            ></p>`}
    </div>
    <p class="small muted" .textContent=${strings.forecastNormal}></p>
    ${renderRecord(view.record, strings)}
  </section>`;
}
