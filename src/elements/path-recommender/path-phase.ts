/**
 * One phase of the path as the reader sees it: folded to one line with its status, or open with
 * why it is there, the named parts of each resource with their hours and the reader's progress on
 * each, and the milestone. Only the current phase opens by itself, and a folded phase's body is not
 * built, so the first view stays light. A graded programme's term and what the reader's other
 * specializations add are shown only to some readers, so they load on demand (path-extras.ts).
 * Habits get a shorter card of their own, since they run alongside the path.
 */
import { nothing, type TemplateResult } from 'lit';
import { html } from './compact-html.js';
import { fill, formatRange } from '../../core/format.js';
import type { LearningPath, PlannedHabit, PlannedPart, PlannedPhase } from '../../core/recommend-path.js';
import type { Resource } from '../../content/schema/path.js';
import { markOf, resourceId, type Mark, type MarkKind, type PathProgress } from '../../core/path-progress.js';
import { labelled } from '../shared/labelled.js';
import { renderResource } from '../shared/resource.js';
import { selectOptions } from '../shared/select-options.js';
import type { PathStrings } from './locales/en.js';
import { hueOf } from './path-timeline.js';

export interface PhaseActions {
  /** The reader asked for self-paced study instead of a programme they lack the hours for. */
  selfPaced(): void;
  /** The reader made another of their specializations the main direction. */
  primary(id: string): void;
  /** The reader marked a phase, its milestone or a resource, or cleared the mark. */
  mark(kind: MarkKind, id: string, mark: Mark | null): void;
  /** The reader opened or folded a phase. */
  toggle(id: string, open: boolean): void;
}

export type PhaseStatus = 'done' | 'current' | 'started' | 'later';

/** A phase's status: done when marked so; the first phase not done is current; started when any of it is marked. */
export function phaseStatuses(path: LearningPath, progress: PathProgress): Map<string, PhaseStatus> {
  const statuses = new Map<string, PhaseStatus>();
  let current: string | undefined;
  for (const phase of path.phases) {
    const done = markOf(progress, 'phase', phase.id) === 'done';
    if (!done && current === undefined) current = phase.id;
    const begun = markOf(progress, 'milestone', phase.id) || phase.parts.some((p) => markOf(progress, 'resource', resourceId(phase.id, p.resource.id)));
    statuses.set(phase.id, done ? 'done' : phase.id === current ? 'current' : begun ? 'started' : 'later');
  }
  return statuses;
}

export const link = (resource: Resource) => html`<a href=${resource.url} lang=${resource.lang}>${resource.title}</a>`;
export const load = (range: { min: number; max: number }) => formatRange(range, '{count}', '{count}');

const MARKS = ['none', 'started', 'done'] as const;

/** The reader's progress on one resource of a phase: not started, started or done. */
function renderResourceMark(phaseId: string, part: PlannedPart, strings: PathStrings, progress: PathProgress, actions: PhaseActions) {
  const id = resourceId(phaseId, part.resource.id);
  const current = markOf(progress, 'resource', id) ?? 'none';
  return html`<select
    class="resource-mark small"
    aria-label=${fill(strings.resourceProgress, { title: part.resource.title })}
    ${selectOptions(MARKS.map((mark) => ({ value: mark, label: strings.resourceStates[mark] })), current)}
    @change=${(event: Event) => {
      const value = (event.target as HTMLSelectElement).value as (typeof MARKS)[number];
      actions.mark('resource', id, value === 'none' ? null : value);
    }}
  ></select>`;
}

/**
 * A part of a resource as every element shows resources (shared/resource.ts), then the reader's
 * progress on it and its other editions.
 */
const renderPart = ({ resource, part, hours, alt }: PlannedPart, strings: PathStrings, mark: unknown = nothing) =>
  renderResource(
    { ...resource, part, hours },
    strings,
    [strings.formats[resource.format], strings.costs[resource.cost]],
    html`${mark}${alt.map((other) => html`<br /><span class="small">${strings.alt}${strings.afterLabel}${link(other.resource)}${other.part ? `${strings.colon}${other.part}` : ''}</span>`)}`,
  );

export const renderParts = (parts: PlannedPart[], strings: PathStrings, mark?: (part: PlannedPart) => unknown) =>
  html`<ul class="resources">
    ${parts.map((part) => renderPart(part, strings, mark?.(part)))}
  </ul>`;

type Extras = typeof import('./path-extras.js');
let extras: Extras | undefined;
let extrasState: 'idle' | 'loading' | 'done' = 'idle';

/**
 * True while a path needs the on-demand blocks and they are on their way; `onLoad` runs once they
 * arrive (or fail to, in which case the blocks are left out and the rest of the path still shows).
 */
export function extrasPending(path: LearningPath, onLoad: () => void): boolean {
  if (extrasState === 'done' || !path.phases.some((p) => p.term || p.also.length)) return false;
  if (extrasState === 'idle') {
    extrasState = 'loading';
    void import('./path-extras.js')
      .then((module) => (extras = module), () => undefined)
      .then(() => {
        extrasState = 'done';
        onLoad();
      });
  }
  return true;
}

/** What a phase and a habit card share: the goal, why, the resources and the milestone, with any extra blocks before it. */
const body = (entry: PlannedPhase | PlannedHabit, strings: PathStrings, extra: unknown = nothing, mark?: (part: PlannedPart) => unknown) =>
  html`<p .textContent=${entry.goal}></p>
    <p>${labelled(strings.why, entry.reason, strings)}</p>
    <h4>${strings.resources}</h4>
    ${renderParts(entry.parts, strings, mark)}
    ${extra}
    <p class="milestone">${labelled(strings.milestone, entry.milestone, strings)}</p>`;

/** A checkbox for a phase's milestone or the phase itself. */
const checkbox = (kind: MarkKind, phaseId: string, label: string, progress: PathProgress, actions: PhaseActions) =>
  html`<label class="mark">
    <input
      type="checkbox"
      .checked=${markOf(progress, kind, phaseId) === 'done'}
      @change=${(event: Event) => actions.mark(kind, phaseId, (event.target as HTMLInputElement).checked ? 'done' : null)}
    />
    <span .textContent=${label}></span>
  </label>`;

export interface PhaseView {
  open: boolean;
  status: PhaseStatus;
  progress: PathProgress;
}

export function renderPhase(
  phase: PlannedPhase,
  index: number,
  path: LearningPath,
  strings: PathStrings,
  actions: PhaseActions,
  view: PhaseView,
): TemplateResult {
  const { progress } = view;
  const title = `${index + 1}. ${phase.title}`;
  // A direction's phase is tagged; the others are only text, one binding (and marker) fewer.
  const heading = phase.direction
    ? html`${title}<span class="tag small" .textContent=${phase.direction === phase.title ? strings.nicheTag : fill(strings.directionTag, { label: phase.direction })}></span>`
    : title;
  const weeks = formatRange(phase.weeks, strings.weekOne, strings.weekMany);
  // One line per folded phase, written without whitespace between tags and with text set as a
  // property (no marker node): every node counts when a path has a dozen phases and a page has many paths.
  // prettier-ignore
  return html`<li class="phase ${hueOf(index)} ${phase.direction ? 'niche' : ''} ${view.status}" part="phase"><h3 id="phase-${index}"><button type="button" class="fold" aria-expanded=${view.open} @click=${() => actions.toggle(phase.id, !view.open)}>${heading}<span class="status small" .textContent=${strings.phaseStatus[view.status]}></span><span class="weeks small" .textContent=${weeks}></span></button></h3>${view.open
        ? html`<p class="meta muted small" .textContent=${fill(strings.phaseMeta, { weeks, hours: load(phase.effort), end: load(phase.endsAfter) })}></p>
            ${body(
              phase,
              strings,
              extras && [
                phase.term ? extras.renderTerm(phase, path.inputs.hoursPerWeek, strings, actions) : nothing,
                phase.also.length ? extras.renderAlso(phase, strings, actions) : nothing,
              ],
              (part) => renderResourceMark(phase.id, part, strings, progress, actions),
            )}
            <div class="marks">
              ${checkbox('milestone', phase.id, strings.milestoneDone, progress, actions)}
              ${checkbox('phase', phase.id, strings.phaseDone, progress, actions)}
            </div>`
        : nothing}</li>`;
}

/** Habits fold like phases, to their title and weekly hours; `isOpen` and `actions.toggle` name them `habit:<id>`. */
export function renderHabits(habits: PlannedHabit[], strings: PathStrings, isOpen: (key: string) => boolean, actions: PhaseActions): TemplateResult {
  return html`<section class="alongside" aria-labelledby="alongside">
    <h3 id="alongside">${strings.alongsideHeading}</h3>
    <ul class="phases">
      ${habits.map((habit) => {
        const key = `habit:${habit.id}`;
        const open = isOpen(key);
        // prettier-ignore
        return html`<li class="phase habit" part="habit"><h4><button type="button" class="fold" aria-expanded=${open} @click=${() => actions.toggle(key, !open)}>${habit.title}<span class="small" .textContent=${fill(strings.habitMeta, { hours: habit.weekly, from: habit.from })}></span></button></h4>${open ? body(habit, strings) : nothing}</li>`;
      })}
    </ul>
  </section>`;
}
