import { css } from 'lit';
import { disclosure } from '../../styles/disclosure.js';
import { base, card, controls, chips, problems, tokens } from '../../styles/tokens.js';
import { fileTools } from '../../styles/file-tools.js';
import { print } from '../../styles/print.js';

const form = css`
  .card {
    container: path-recommender / inline-size;
  }
  .form {
    display: grid;
    /* minmax(0, …): the column never grows past the card to fit a long chip on one line. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .field label {
    font-weight: bold;
    padding: 0;
    margin-bottom: 0.4em;
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    min-width: 0;
    max-width: 100%;
  }
  #hours {
    width: 6em;
  }
  .field-error:not(:empty) {
    border-inline-start: 4px solid var(--_focus);
    padding-inline-start: 0.5em;
  }
`;

const result = css`
  .summary {
    margin-top: calc(var(--_space) * 1.5);
  }
  .total {
    font-size: 1.17em;
    font-weight: bold;
    margin: 0 0 0.5em;
  }
  .summary h3 {
    font-size: 1em;
  }
  .timeline {
    margin: var(--_space) 0;
  }
  figcaption {
    font-weight: bold;
    margin-bottom: 0.4em;
  }
  .timeline .bar {
    height: 2em;
    border-radius: 6px;
    background: var(--_bar);
    print-color-adjust: exact;
  }
  /* Eight distinct hues at a lightness that keeps 3:1 against the card in either theme: a phase's
     card edge and its stretch of the timeline share one, so the bar reads against the list. */
  .card {
    --_c0: light-dark(hsl(212 85% 32%), hsl(212 90% 70%));
    --_c1: light-dark(hsl(330 85% 32%), hsl(330 90% 70%));
    --_c2: light-dark(hsl(140 85% 32%), hsl(140 90% 70%));
    --_c3: light-dark(hsl(35 85% 32%), hsl(35 90% 70%));
    --_c4: light-dark(hsl(265 85% 32%), hsl(265 90% 70%));
    --_c5: light-dark(hsl(188 85% 32%), hsl(188 90% 70%));
    --_c6: light-dark(hsl(15 85% 32%), hsl(15 90% 70%));
    --_c7: light-dark(hsl(90 85% 32%), hsl(90 90% 70%));
  }
  .s0 { --_hue: var(--_c0); }
  .s1 { --_hue: var(--_c1); }
  .s2 { --_hue: var(--_c2); }
  .s3 { --_hue: var(--_c3); }
  .s4 { --_hue: var(--_c4); }
  .s5 { --_hue: var(--_c5); }
  .s6 { --_hue: var(--_c6); }
  .s7 { --_hue: var(--_c7); }
  .resource .muted {
    display: block;
  }
  .phases {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  /* The phases start a part of their own, after the tracker's buttons. */
  ol.phases {
    margin-top: calc(var(--_space) * 1.5);
  }
  .phases > li + li {
    margin: 0;
  }
  .phase {
    border: 1px solid var(--_border);
    /* A habit has no hue of its own (no s0–s7 class): it keeps the accent. */
    border-inline-start: 4px solid var(--_hue, var(--_accent));
    border-radius: var(--_radius);
    background: var(--_surface-2);
    padding: 0.75em var(--_space);
  }
  .phase p {
    margin: 0.35em 0;
  }
  .phase h4 {
    margin: 0.6em 0 0.3em;
    font-size: 1em;
  }
  .meta {
    margin-top: 0;
  }
  /* A phase folds to one line with its status, like the checklist's sections. */
  /* The heading that holds the fold; the body's own headings keep their margins. */
  .phase > :first-child {
    margin: 0;
    font-size: 1em;
  }
  .fold {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2em 0.85em;
  }
  /* Status and length in the card's small size: the same font every small text uses, so the first
     render asks the system for no extra face (each size and weight is a lookup, README "Performance"). */
  .fold > :is(.status, .weeks) {
    font-size: max(0.875em, 12px);
  }
  /* The title is the line's own text; the status and length keep to its end, or wrap under it. */
  .fold > .status,
  .habit .fold > .small {
    margin-inline-start: auto;
  }
  .fold > .weeks,
  .habit .fold > .small {
    font-weight: normal;
  }
  .status {
    font-weight: bold;
  }
  /* "4–7 weeks" / "4–7 周" is one figure: never split across lines. */
  .weeks {
    white-space: nowrap;
  }
  .phase.done {
    border-inline-start-style: double;
  }
  .phase.done .status::before {
    content: '✓ ';
  }
  .marks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em var(--_space);
  }
  .mark {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
    min-height: 44px;
    cursor: pointer;
  }
  .mark input {
    accent-color: var(--_accent);
    width: 1.2em;
    height: 1.2em;
    margin: 0;
  }
  .resource-mark {
    margin-inline-end: 0.5em;
  }
  .tracker {
    margin-top: calc(var(--_space) * 1.5);
  }
  .tracker h3 {
    margin-bottom: 0.3em;
  }
  .log-row {
    display: flex;
    gap: 0.5em;
  }
  #week-hours {
    width: 5em;
  }
  .record {
    margin-top: var(--_space);
  }
  .tag {
    display: inline-block;
    margin-inline-start: 0.4em;
    padding: 0 0.5em;
    border-radius: 999px;
    border: 1px solid var(--_accent);
    color: var(--_accent);
    font-weight: bold;
    vertical-align: middle;
  }
  .export {
    margin-top: calc(var(--_space) * 1.5);
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space);
  }
  .export h3,
  .export [role='status'] {
    flex-basis: 100%;
    margin: 0;
  }
  .calendar {
    align-items: flex-end;
  }
  .calendar legend {
    flex-basis: 100%;
  }
  /* The browser draws the picker button with an SVG image, a document of its own that the first
     layout builds (about 10 ms, README "Performance"); a calendar drawn with borders costs nothing
     and follows the text colour in both themes. */
  input[type='date']::-webkit-calendar-picker-indicator {
    background: none;
    box-sizing: border-box;
    width: 0.8em;
    height: 0.8em;
    border: 2px solid currentColor;
    border-top-width: 0.25em;
    border-radius: 2px;
  }
  /* The date field's parts (the picker button too) show the kit's ring, not the browser's faint one. */
  input[type='date']:focus-within,
  input[type='date']::-webkit-calendar-picker-indicator:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;

export const styles = [tokens, base, card, controls, problems, chips, disclosure, form, result, fileTools, print];
