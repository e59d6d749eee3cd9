/**
 * The path as one bar, each phase a stretch in proportion to its effort, in the hue of that phase's
 * card below (class `s0`–`s7`). The bar is one element painted with a gradient rather than a shape
 * per phase: a path renders in every instance on a page. Each phase's line says its length in
 * words, so the picture is hidden from assistive technology and needs no legend of its own.
 */
import type { TemplateResult } from 'lit';
import { html } from './compact-html.js';
import type { LearningPath } from '../../core/recommend-path.js';
import type { PathStrings } from './locales/en.js';

const HUES = 8;
/** The gap between two stretches, in percent of the bar. */
const GAP = 0.4;

/** The hue class a phase shares with its stretch of the bar. */
export const hueOf = (index: number) => `s${index % HUES}`;

/** The bar's gradient: each phase's hue (`--_c0`–`--_c7`, set in the styles) over its share, then a gap. */
export function timelineGradient(path: LearningPath): string {
  const middle = (p: { effort: { min: number; max: number } }) => (p.effort.min + p.effort.max) / 2;
  const total = path.phases.reduce((sum, phase) => sum + middle(phase), 0) || 1;
  let start = 0;
  const stops = path.phases.map((phase, index) => {
    const end = start + (middle(phase) / total) * 100;
    const stop = `var(--_c${index % HUES}) ${start.toFixed(2)}% ${Math.max(start, end - GAP).toFixed(2)}%, transparent 0 ${end.toFixed(2)}%`;
    start = end;
    return stop;
  });
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

export function renderTimeline(path: LearningPath, strings: PathStrings): TemplateResult {
  // A style property (CSSOM), not a style attribute: a strict Content-Security-Policy allows it.
  return html`<figure class="timeline" part="timeline" aria-hidden="true">
    <figcaption .textContent=${strings.timeline}></figcaption>
    <div class="bar" .style=${`--_bar: ${timelineGradient(path)}`}></div>
  </figure>`;
}
