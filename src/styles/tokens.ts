/**
 * Design tokens shared by every element. Public custom properties (`--mltk-*`) are the theming
 * API; each feeds a private `--_*` variable with a light/dark default, so element styles read one
 * name and embedders override one name.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    color-scheme: light dark;
    --_text: var(--mltk-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--mltk-color-muted, light-dark(#555f6b, #a3adb8));
    --_surface: var(--mltk-color-surface, light-dark(#ffffff, #161b22));
    --_surface-2: var(--mltk-color-surface-2, light-dark(#f3f5f8, #222831));
    --_border: var(--mltk-color-border, light-dark(#8c959f, #6e7681));
    --_accent: var(--mltk-color-accent, light-dark(#0a5bb0, #70b8ff));
    --_on-accent: var(--mltk-color-on-accent, light-dark(#ffffff, #0d1117));
    --_focus: var(--mltk-color-focus, light-dark(#b3006b, #ff8ccf));
    --_radius: var(--mltk-radius, 0.5em);
    --_space: var(--mltk-space, 1em);

    display: block;
    /* Relative to the host's text so the element follows the page, but never below a legible floor. */
    font-family: var(--mltk-font-family, inherit);
    font-size: max(1em, 14px);
    line-height: 1.5;
    color: var(--_text);
    /* Text styling a page gives its own prose (a centred app root, spaced-out or uppercased
       headings, a nowrap or italic container) would leak into the cards by inheritance. A page
       can still set any of these on the tag itself. */
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
  }
  :host([hidden]) {
    display: none;
  }
  /* The host page's own dark-mode toggle (src/platform/host-scheme.ts); theme="light|dark" below wins. */
  :host(:state(host-light)) {
    color-scheme: light;
  }
  :host(:state(host-dark)) {
    color-scheme: dark;
  }
  :host([theme='light' i]) {
    color-scheme: light;
  }
  :host([theme='dark' i]) {
    color-scheme: dark;
  }
`;

export const base = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* While another language or the page's content is on its way, keep the box but show nothing,
     so the reader sees neither a flash of English nor a jump. */
  [aria-busy='true'] {
    visibility: hidden;
  }
  .visually-hidden,
  :host([hide-heading]) #heading {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .small {
    font-size: max(0.875em, 12px);
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  a {
    color: var(--_accent);
  }
  .notice {
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-2);
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    margin: 0 0 var(--_space);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/** The outer card every element renders, and the text blocks inside it. */
export const card = css`
  .card {
    /* Long words, URLs and ids wrap instead of pushing a narrow column sideways. */
    overflow-wrap: anywhere;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .intro,
  .muted {
    color: var(--_muted);
  }
  .intro {
    margin: 0 0 var(--_space);
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
    margin: 0;
  }
  li + li {
    margin-top: 0.35em;
  }
  .sources {
    margin-top: var(--_space);
    color: var(--_muted);
  }
  .sources h3 {
    font-size: 1em;
  }
`;

/** Choice chips: a label wrapping a native checkbox or radio, with the focus ring on the chip. */
export const chips = css`
  fieldset {
    /* Fieldsets default to min-width: min-content, which would push long chips out of a column. */
    min-width: 0;
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  legend {
    font-weight: bold;
    padding: 0;
    margin-bottom: 0.5em;
  }
  /* "Set by this page: …", on a line of its own under the legend. */
  .preset {
    flex-basis: 100%;
    margin: 0;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-2);
    cursor: pointer;
  }
  .choice:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .choice:has(input:checked) {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .choice input {
    /* Checked state is also shown by the native control, not by colour alone. */
    accent-color: var(--_on-accent);
    margin: 0;
    width: 1.1em;
    height: 1.1em;
  }
  .choice input:focus-visible {
    outline: none;
  }
`;

/** The report of problems in an embedder's content: visible, but not in the reader's way. */
export const problems = css`
  .content-problems {
    border: 2px solid var(--_focus);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    margin: 0 0 var(--_space);
  }
  .content-problems p {
    margin: 0 0 0.25em;
  }
  .content-problems code {
    font-size: max(0.9em, 12px);
    overflow-wrap: anywhere;
  }
`;

/** Buttons and text fields, for the elements that have them. */
export const controls = css`
  /* Every control writes in the page's font. Checkboxes, radios and the hidden file field's button
     too: in the browser's own font they would cost a font lookup of their own on the first layout. */
  input,
  select,
  textarea,
  button,
  ::file-selector-button {
    font: inherit;
  }
  button {
    min-height: 44px;
    padding: 0.4em 1em;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  button.secondary {
    background: var(--_surface);
    color: var(--_accent);
  }
  .buttons[hidden] {
    display: none;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .export-status {
    margin: 0.5em 0 0;
  }
  .plan-text {
    width: 100%;
    margin-top: 0.5em;
  }
  input:not([type='checkbox'], [type='radio']),
  select {
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    min-height: 44px;
    max-width: 100%;
    padding: 0.25em 0.5em;
  }
`;
