import { css } from 'lit';

/**
 * A disclosure whose line shows a chevron that turns when open, so the state is visible without
 * relying on colour. Two forms look and behave alike: a `<details>` summary, and a `.fold`
 * button with `aria-expanded` inside a heading (WAI-ARIA APG "Disclosure"), which the path uses
 * because each `<details>` carries eight nodes of the browser's own and a path shows a dozen folds
 * in every instance. Each element lays its line out itself (flex or grid).
 */
export const disclosure = css`
  summary,
  .fold {
    min-height: 44px;
    cursor: pointer;
  }
  summary {
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  .fold {
    width: 100%;
    padding: 0;
    border: 0;
    border-radius: 0;
    background: none;
    color: inherit;
    font-weight: inherit;
    text-align: start;
  }
  summary::before,
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
  details[open] > summary::before,
  .fold[aria-expanded='true']::before {
    transform: rotate(45deg);
  }
`;
