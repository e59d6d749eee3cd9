import { css } from 'lit';

/** Rows of buttons, a file picker that looks like a button, a confirm question and an error line. */
export const fileTools = css`
  .buttons,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .confirm {
    margin-top: 0.75em;
  }
  .confirm p,
  .confirm ul {
    margin: 0;
    flex-basis: 100%;
  }
  .secondary,
  .file-button {
    background: var(--_surface);
    color: var(--_accent);
  }
  .file-button {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.4em 1em;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    cursor: pointer;
  }
  .file-button:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .error {
    color: var(--_text);
    border-inline-start: 4px solid var(--_focus);
    padding-inline-start: 0.5em;
  }
`;
