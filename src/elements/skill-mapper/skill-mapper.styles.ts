import { css } from 'lit';
import { base, card, chips, controls, problems, tokens } from '../../styles/tokens.js';
import { print } from '../../styles/print.js';

const layout = css`
  .card {
    container: skill-mapper / inline-size;
  }
  .empty {
    margin: var(--_space) 0 0;
  }
  /* The picks' counterparts, said once under the chips: for screen readers as they pick, and on a
     phone, where the chips fill the screen, kept in view at its bottom until the result is reached. */
  .picked {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .picked p {
    margin: 0;
  }
  @container skill-mapper (max-width: 36em) {
    .picked:has(p) {
      position: sticky;
      bottom: 0;
      z-index: 1;
      width: auto;
      height: auto;
      clip-path: none;
      margin-top: 0.5em;
      padding: 0.5em 0.75em;
      background: var(--_surface);
      border: 1px solid var(--_accent);
      border-radius: var(--_radius);
    }
  }
`;

const result = css`
  .result {
    margin-top: calc(var(--_space) * 1.5);
  }
  .counterparts {
    list-style: none;
    padding: 0;
  }
  .counterpart {
    margin: 0;
    font-size: 1.17em;
  }
  .counterparts .muted {
    margin: 0.25em 0 0;
  }
  .sections {
    display: grid;
    gap: var(--_space) calc(var(--_space) * 1.5);
  }
  @container skill-mapper (min-width: 40em) {
    .sections {
      grid-template-columns: 1fr 1fr;
    }
    .wide {
      grid-column: 1 / -1;
    }
  }
  .sections :is(ul, ol):not(.resources) > li + li {
    margin-top: 0.5em;
  }
  .resources {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .resources li {
    margin-top: 0.15em;
  }
  .resource .muted {
    display: block;
  }
  .project h4 {
    margin-top: 0.5em;
  }
  .project p {
    margin: 0.25em 0;
  }
`;

const diagram = css`
  .diagram {
    margin: calc(var(--_space) * 1.5) 0;
  }
  figcaption {
    font-weight: bold;
    margin-bottom: 0.5em;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    /* In viewBox units; the column query below keeps the drawn text at 12px or more. */
    font-size: 16px;
  }
  svg text {
    fill: var(--_text);
  }
  .column-title {
    fill: var(--_muted);
    font-weight: bold;
  }
  .node rect {
    fill: var(--_surface-2);
    stroke: var(--_border);
  }
  .node.to rect {
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .link {
    fill: none;
    stroke: var(--_accent);
    stroke-opacity: 0.6;
    stroke-width: 1.5;
  }
  .diagram-text {
    /* The words carry the picture for screen readers. */
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .leads-to {
    display: none;
    font-weight: bold;
  }
  /* A phone-wide column: the picture would be too small to read, so the list of what carries over
     says where each skill leads, and the figure is left to screen readers (they hear it once). */
  @container skill-mapper (max-width: 36em) {
    .diagram {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: 0;
      overflow: hidden;
      clip-path: inset(50%);
    }
    svg {
      display: none;
    }
    .leads-to {
      display: block;
    }
  }
`;

export const styles = [tokens, base, card, controls, problems, chips, layout, result, diagram, print];
