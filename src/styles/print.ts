/**
 * Printing and "Save as PDF": the page prints as a clean plan. Choices print as text ("Your
 * experience level: Senior") and unchosen ones not at all, controls are hidden, link targets are
 * written out, and cards are never split across pages. Colours are the light theme's, whatever the
 * screen shows, and nothing relies on background graphics (off by default when printing).
 */
import { css } from 'lit';

export const print = css`
  .print-only {
    display: none;
  }
  @media print {
    :host {
      color-scheme: light;
      --_text: #000;
      --_muted: #333;
      --_accent: #000;
      --_surface: #fff;
      --_surface-2: #fff;
    }
    button:not(.fold),
    .buttons,
    .export,
    .tools,
    progress,
    textarea,
    input[type='date'],
    .choice:not(:has(input:checked)),
    .choice input,
    .fold::before,
    .notes.empty {
      display: none !important;
    }
    .print-only {
      display: block;
      white-space: pre-wrap;
    }
    .choice,
    .choice:has(input:checked) {
      display: inline;
      border: 0;
      padding: 0;
      min-height: 0;
      background: none;
      color: var(--_text);
    }
    .choice:has(input:checked) ~ .choice:has(input:checked)::before {
      content: ', ';
    }
    fieldset {
      display: block;
    }
    legend {
      float: inline-start;
      margin: 0 0.3em 0 0;
    }
    legend::after {
      content: ':';
    }
    legend:lang(zh)::after {
      content: '：';
    }
    input,
    select {
      appearance: none;
      border: 0 !important;
      padding: 0 !important;
      min-height: 0 !important;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
    }
    figure,
    article,
    .section,
    .reality,
    .phase {
      break-inside: avoid;
    }
    .items input {
      print-color-adjust: exact;
    }
  }
`;
