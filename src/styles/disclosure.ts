import { css } from 'lit';

/**
 * The kit's one disclosure: a `.fold` button with `aria-expanded` inside a heading (WAI-ARIA APG
 * "Disclosure"), whose line shows a chevron that turns when open, so the state is visible without
 * relying on colour. Not `<details>`: each carries eight nodes of the browser's own, and a path
 * shows a dozen folds in every instance. Each element lays its line out itself (flex or grid).
 */
export const disclosure = css`
  .fold {
    min-height: 44px;
    width: 100%;
    padding: 0;
    border: 0;
    border-radius: 0;
    background: none;
    color: inherit;
    font-weight: inherit;
    text-align: start;
    cursor: pointer;
  }
  .fold::before {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  .fold[aria-expanded='true']::before {
    transform: rotate(45deg);
  }
`;
