/**
 * One phase of the path as the reader sees it: why it is there, the named parts of each resource
 * with their hours, and the milestone. A graded programme's term and what the reader's other
 * specializations add are shown only to some readers, so they load on demand (path-extras.ts).
 * Habits get a shorter card of their own, since they run alongside the path.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fill, formatRange } from '../../core/format.js';
import type { LearningPath, PlannedHabit, PlannedPart, PlannedPhase } from '../../core/recommend-path.js';
import type { Resource } from '../../content/schema/path.js';
import { labelled } from '../shared/labelled.js';
import { renderResource } from '../shared/resource.js';
import type { PathStrings } from './locales/en.js';

export interface PhaseActions {
  /** The reader asked for self-paced study instead of a programme they lack the hours for. */
  selfPaced(): void;
  /** The reader made another of their specializations the main direction. */
  primary(id: string): void;
}

export const link = (resource: Resource) => html`<a href=${resource.url} lang=${resource.lang}>${resource.title}</a>`;
export const load = (range: { min: number; max: number }) => formatRange(range, '{count}', '{count}');

/** A part of a resource as every element shows resources (shared/resource.ts), then its other editions. */
const renderPart = ({ resource, part, hours, alt }: PlannedPart, strings: PathStrings) =>
  renderResource(
    { ...resource, part, hours },
    strings,
    [strings.formats[resource.format], strings.costs[resource.cost]],
    alt.map((other) => html`<br /><span class="small">${strings.alt}${strings.afterLabel}${link(other.resource)}${other.part ? `${strings.colon}${other.part}` : ''}</span>`),
  );

export const renderParts = (parts: PlannedPart[], strings: PathStrings) =>
  html`<ul class="resources">
    ${parts.map((part) => renderPart(part, strings))}
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
const body = (entry: PlannedPhase | PlannedHabit, strings: PathStrings, extra: unknown = nothing) =>
  html`<p>${entry.goal}</p>
    <p>${labelled(strings.why, entry.reason, strings)}</p>
    <h4>${strings.resources}</h4>
    ${renderParts(entry.parts, strings)} ${extra}
    <p class="milestone">${labelled(strings.milestone, entry.milestone, strings)}</p>`;

export function renderPhase(
  phase: PlannedPhase,
  index: number,
  path: LearningPath,
  strings: PathStrings,
  actions: PhaseActions,
): TemplateResult {
  return html`<li>
    <article class="phase ${phase.direction ? 'niche' : ''}" part="phase" aria-labelledby="phase-${index}">
      <h3 id="phase-${index}">
        <span class="number">${index + 1}.</span> ${phase.title}
        ${phase.direction
          ? html`<span class="tag small">${phase.direction === phase.title ? strings.nicheTag : fill(strings.directionTag, { label: phase.direction })}</span>`
          : nothing}
      </h3>
      <p class="meta muted small">
        ${fill(strings.phaseMeta, {
          weeks: formatRange(phase.weeks, strings.weekOne, strings.weekMany),
          hours: load(phase.effort),
          end: load(phase.endsAfter),
        })}
      </p>
      ${body(
        phase,
        strings,
        extras && [
          phase.term ? extras.renderTerm(phase, path.inputs.hoursPerWeek, strings, actions) : nothing,
          phase.also.length ? extras.renderAlso(phase, strings, actions) : nothing,
        ],
      )}
    </article>
  </li>`;
}

export function renderHabits(habits: PlannedHabit[], strings: PathStrings): TemplateResult {
  return html`<section class="alongside" aria-labelledby="alongside">
    <h3 id="alongside">${strings.alongsideHeading}</h3>
    <ul class="phases">
      ${habits.map(
        (habit) => html`<li>
          <article class="phase habit" part="habit">
            <h4>${habit.title}</h4>
            <p class="meta muted small">${fill(strings.habitMeta, { hours: habit.weekly, from: habit.from })}</p>
            ${body(habit, strings)}
          </article>
        </li>`,
      )}
    </ul>
  </section>`;
}
