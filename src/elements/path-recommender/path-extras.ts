/**
 * The blocks only some readers see, loaded on demand: a graded programme's term (with a warning and
 * the self-paced way out when the reader has too few hours for it), and what the reader's other
 * specializations add to their direction phase.
 */
import { nothing, type TemplateResult } from 'lit';
import { html } from './compact-html.js';
import { fill, listOf } from '../../core/format.js';
import type { PlannedPhase } from '../../core/recommend-path.js';
import { labelled } from '../shared/labelled.js';
import type { PathStrings } from './locales/en.js';
import { link, load, renderParts, type PhaseActions } from './path-phase.js';

export function renderTerm(phase: PlannedPhase, pace: number, strings: PathStrings, actions: PhaseActions): TemplateResult {
  const term = phase.parts[0].resource.term!;
  return html`<p class="small">${fill(strings.term, { weeks: term.weeks, load: load(term.load) })} ${term.facts}</p>
    ${phase.term!.fits
      ? nothing
      : html`<div class="notice small" part="notice">
          <p>${fill(strings.termBelow, { load: term.load.min, pace })}</p>
          <button type="button" @click=${actions.selfPaced}>${strings.useSelfPaced}</button>
        </div>`}
    ${phase.term!.others.length
      ? html`<p class="small">
          ${strings.otherProgrammes}${strings.afterLabel}${listOf(
            phase.term!.others.map(
              (other) =>
                html`${link(other)}${fill(strings.aside, {
                  text: fill(strings.programmeLoad, { weeks: other.term!.weeks, load: load(other.term!.load) }),
                })}`,
            ),
            strings.locale,
          )}
        </p>`
      : nothing}`;
}

export function renderAlso(phase: PlannedPhase, strings: PathStrings, actions: PhaseActions): TemplateResult {
  return html`<h4>${strings.alsoHeading}</h4>
    <ul class="also">
      ${phase.also.map(
        (also) => html`<li>
          <strong>${also.label}</strong>${strings.colon}${also.skill} ${also.parts.length ? renderParts(also.parts, strings) : nothing}
          <p class="small">
            ${labelled(strings.project, also.project, strings)}
            ${also.tools.length ? html`${strings.options}${strings.afterLabel}${listOf(also.tools.map(link), strings.locale)}` : nothing}
          </p>
          <button type="button" @click=${() => actions.primary(also.id)}>${fill(strings.makePrimary, { label: also.label })}</button>
        </li>`,
      )}
    </ul>`;
}
