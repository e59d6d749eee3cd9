import { css } from 'lit';

/**
 * A `<details>` whose summary shows a chevron that turns when open, so the disclosure is visible
 * without relying on colour; each element lays its summary out itself (flex or grid).
 */
export const disclosure = css`
  summary {
    min-height: 44px;
    cursor: pointer;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '';
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  details[open] > summary::before {
    transform: rotate(45deg);
  }
`;
