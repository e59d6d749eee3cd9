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
    font-size: 1.1em;
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
    font-weight: 600;
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
    font-weight: 600;
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
    /* The words carry the picture for screen readers; they show instead of it in narrow columns. */
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @container skill-mapper (max-width: 36em) {
    svg {
      display: none;
    }
    .diagram-text {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
      list-style: none;
      padding: 0;
    }
    .diagram-text li {
      border-inline-start: 3px solid var(--_accent);
      padding-inline-start: 0.5em;
    }
    .diagram-text .to {
      font-weight: 600;
    }
  }
`;

export const styles = [tokens, base, card, controls, problems, chips, layout, result, diagram, print];
