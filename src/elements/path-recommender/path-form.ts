/** The reader's inputs to the path: level, learning style, structure, hours a week, main direction. */
import { nothing, type TemplateResult } from 'lit';
import { html } from './compact-html.js';
import { fill, plural } from '../../core/format.js';
import { HOURS_PER_WEEK, LEARNING_STYLES, LEVELS, readHoursPerWeek, STRUCTURES, type LearningStyle, type Level, type PathInputs, type Structure } from '../../core/path-inputs.js';
import { radioChoices } from '../shared/radio-choices.js';
import { selectOptions } from '../shared/select-options.js';
import type { PathLocale, PathStrings } from './locales/en.js';

export interface FormView {
  inputs: PathInputs;
  /** The "Set by this page" note, or nothing when the reader answered everything. */
  preset: unknown;
  /** The hours field holds something outside 1–60 (or no number): the estimate keeps the last good value. */
  hoursInvalid: boolean;
  setHoursInvalid(invalid: boolean): void;
  /** Gets each change the reader makes. */
  answer(patch: Partial<PathInputs>): void;
}

/** The answers the reader picks from, each as a radio with its label in the element's language. */
const choicesOf = (values: readonly string[], strings: PathStrings) =>
  values.map((value) => ({ value, label: strings.values[value as keyof PathStrings['values']] }));

export function renderForm(view: FormView, strings: PathStrings, directions: PathLocale['content']['directions']): TemplateResult {
  const { inputs, answer } = view;
  // A <div>, not a <form>: nothing is submitted, and Chromium inserts form controls that have a
  // <form> owner in time that grows with every form on the page (1,000 elements took 22 s, not 14).
  return html`<div class="form" part="form">
    ${view.preset}
    <fieldset class="choices level" ${radioChoices('level', choicesOf(LEVELS, strings), inputs.level, (level) => answer({ level: level as Level }))}>
      <legend .textContent=${strings.level}></legend>
    </fieldset>
    <fieldset class="choices style" ${radioChoices('style', choicesOf(LEARNING_STYLES, strings), inputs.style, (style) => answer({ style: style as LearningStyle }))}>
      <legend .textContent=${strings.style}></legend>
    </fieldset>
    <fieldset
      class="choices structure"
      ${radioChoices('structure', choicesOf(STRUCTURES, strings), inputs.structure, (structure) => answer({ structure: structure as Structure }))}
    >
      <legend .textContent=${strings.structure}></legend>
    </fieldset>
    <div class="fields">
      <div class="field">
        <label for="hours" .textContent=${strings.hoursPerWeek}></label>
        <input
          id="hours"
          type="number"
          inputmode="numeric"
          min=${HOURS_PER_WEEK.min}
          max=${HOURS_PER_WEEK.max}
          step="1"
          aria-describedby="hours-hint hours-error"
          aria-invalid=${view.hoursInvalid}
          .value=${String(inputs.hoursPerWeek)}
          @input=${(event: Event) => {
            // No estimate per keystroke: on the way from 1 to 12 it would flash the 1-hour one.
            if (readHoursPerWeek((event.target as HTMLInputElement).value)) view.setHoursInvalid(false);
          }}
          @change=${(event: Event) => {
            const hours = readHoursPerWeek((event.target as HTMLInputElement).value);
            view.setHoursInvalid(hours === undefined);
            if (hours !== undefined && hours !== inputs.hoursPerWeek) answer({ hoursPerWeek: hours });
          }}
        />
        <span id="hours-hint" class="muted small" .textContent=${strings.hoursHint}></span>
        <span id="hours-error" class="field-error small" aria-live="polite"
          >${view.hoursInvalid
            ? fill(strings.hoursInvalid, { ...HOURS_PER_WEEK, pace: plural(strings.hoursAWeek, inputs.hoursPerWeek, strings.locale) })
            : nothing}</span
        >
      </div>
      <div class="field">
        <label for="direction" .textContent=${strings.direction}></label>
        <select
          id="direction"
          ${selectOptions([{ value: '', label: strings.noDirection }, ...directions.map(({ id, label }) => ({ value: id, label }))], inputs.direction ?? '')}
          @change=${(event: Event) => answer({ direction: (event.target as HTMLSelectElement).value })}
        ></select>
      </div>
    </div>
  </div>`;
}
