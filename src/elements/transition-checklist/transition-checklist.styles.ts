import { css } from 'lit';
import { disclosure } from '../../styles/disclosure.js';
import { base, card, controls, problems, tokens } from '../../styles/tokens.js';
import { fileTools } from '../../styles/file-tools.js';
import { print } from '../../styles/print.js';

const layout = css`
  progress {
    accent-color: var(--_accent);
    width: min(100%, 16em);
    height: 0.9em;
  }
  .overall {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-bottom: var(--_space);
    font-weight: bold;
  }
  .section {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-2);
    padding: 0.75em var(--_space);
    margin-top: var(--_space);
    /* The step's own width decides its summary's layout, wherever the page puts the checklist. */
    container: step / inline-size;
  }
  .section p {
    margin: 0.25em 0 0.5em;
  }
  /* The chevron and the title share the first row; the progress sits under the title, or beside
     it when the step is wide enough. */
  .section > h3 {
    margin: 0;
    font-size: 1em;
  }
  /* The title keeps a heading's size; the progress beside it keeps the card's small size. */
  .section .title {
    font-size: 1.17em;
  }
  .fold {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    gap: 0.2em 0.65em;
  }
  .section-progress {
    grid-column: 2;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2em 0.65em;
    font-size: max(0.875em, 12px);
    font-weight: normal;
  }
  .section-progress progress {
    width: 8em;
  }
  @container step (min-width: 36em) {
    .fold {
      grid-template-columns: auto minmax(0, 1fr) auto;
    }
    .section-progress {
      grid-column: 3;
    }
  }
  /* In a phone-wide step the words say it all; the bar would push them out of the card. */
  @container step (max-width: 24em) {
    .section-progress progress {
      display: none;
    }
  }
  .items {
    list-style: none;
    padding: 0;
  }
  .items label {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    min-height: 44px;
    padding: 0.35em 0;
    cursor: pointer;
  }
  .items input {
    accent-color: var(--_accent);
    width: 1.2em;
    height: 1.2em;
    margin: 0.15em 0 0;
    flex: none;
  }
  .items label:has(input:checked) span {
    color: var(--_muted);
  }
  .reality {
    border-inline-start: 4px solid var(--_focus);
    padding: 0.25em 0.75em;
    margin: 0.5em 0;
  }
  .notes {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-top: 0.5em;
  }
  .notes label {
    font-weight: bold;
  }
  textarea {
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4em 0.5em;
    resize: vertical;
    width: 100%;
    /* Three lines to start with, then the box grows with the text up to about fifteen. */
    field-sizing: content;
    min-height: 5.5em;
    max-height: 24em;
  }
`;

const tools = css`
  .tools {
    margin-top: calc(var(--_space) * 1.5);
  }
  .tools > * + * {
    margin-top: 0.5em;
  }
`;

export const styles = [tokens, base, card, controls, problems, disclosure, layout, tools, fileTools, print];
