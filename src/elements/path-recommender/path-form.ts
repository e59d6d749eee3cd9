/** The reader's inputs to the path: level, learning style, structure, hours a week, main direction. */
import type { TemplateResult } from 'lit';
import { html } from './compact-html.js';
import { HOURS_PER_WEEK, LEARNING_STYLES, LEVELS, STRUCTURES, toHoursPerWeek, type PathInputs } from '../../core/path-inputs.js';
import type { PathLocale, PathStrings } from './locales/en.js';

function renderChoices<T extends string>(
  name: string,
  legend: string,
  values: readonly T[],
  current: T,
  strings: PathStrings,
  onPick: (value: T) => void,
): TemplateResult {
  return html`<fieldset class="choices ${name}">
    <legend>${legend}</legend>
    ${values.map(
      (value) => html`<label class="choice">
        <input type="radio" name=${name} .value=${value} .checked=${value === current} @change=${() => onPick(value)} />
        <span>${strings.values[value as keyof PathStrings['values']]}</span>
      </label>`,
    )}
  </fieldset>`;
}

/** `answer` gets each change; hours outside the range are not answers yet, and the field keeps them. */
export function renderForm(
  inputs: PathInputs,
  strings: PathStrings,
  directions: PathLocale['content']['directions'],
  answer: (patch: Partial<PathInputs>) => void,
): TemplateResult {
  // A <div>, not a <form>: nothing is submitted, and Chromium inserts form controls that have a
  // <form> owner in time that grows with every form on the page (1,000 elements took 22 s, not 14).
  return html`<div class="form" part="form">
    ${renderChoices('level', strings.level, LEVELS, inputs.level, strings, (level) => answer({ level }))}
    ${renderChoices('style', strings.style, LEARNING_STYLES, inputs.style, strings, (style) => answer({ style }))}
    ${renderChoices('structure', strings.structure, STRUCTURES, inputs.structure, strings, (structure) => answer({ structure }))}
    <div class="fields">
      <div class="field">
        <label for="hours">${strings.hoursPerWeek}</label>
        <input
          id="hours"
          type="number"
          inputmode="numeric"
          min=${HOURS_PER_WEEK.min}
          max=${HOURS_PER_WEEK.max}
          step="1"
          aria-describedby="hours-hint"
          .value=${String(inputs.hoursPerWeek)}
          @input=${(event: Event) => {
            const hours = toHoursPerWeek((event.target as HTMLInputElement).value);
            if (hours !== undefined && hours !== inputs.hoursPerWeek) answer({ hoursPerWeek: hours });
          }}
        />
        <span id="hours-hint" class="muted small">${strings.hoursHint}</span>
      </div>
      <div class="field">
        <label for="direction">${strings.direction}</label>
        <select id="direction" @change=${(event: Event) => answer({ direction: (event.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!inputs.direction}>${strings.noDirection}</option>
          ${directions.map(
            (direction) => html`<option value=${direction.id} ?selected=${direction.id === inputs.direction}>${direction.label}</option>`,
          )}
        </select>
      </div>
    </div>
  </div>`;
}
