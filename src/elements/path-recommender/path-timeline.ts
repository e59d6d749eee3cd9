/**
 * The path as one bar, each phase a segment in proportion to its effort, in the hue of that phase's
 * card below (class `s0`–`s7`). Each phase's line says its length in words, so the picture is
 * hidden from assistive technology and needs no legend of its own.
 */
import { svg, type TemplateResult } from 'lit';
import { html } from './compact-html.js';
import type { LearningPath } from '../../core/recommend-path.js';
import type { PathStrings } from './locales/en.js';

const WIDTH = 1000;
const HEIGHT = 40;

/** The hue class a phase shares with its segment of the bar. */
export const hueOf = (index: number) => `s${index % 8}`;

export function renderTimeline(path: LearningPath, strings: PathStrings): TemplateResult {
  const middle = (p: { effort: { min: number; max: number } }) => (p.effort.min + p.effort.max) / 2;
  const total = path.phases.reduce((sum, phase) => sum + middle(phase), 0) || 1;
  let x = 0;
  const segments = path.phases.map((phase, index) => {
    const width = (middle(phase) / total) * WIDTH;
    const segment = svg`<rect class="segment ${hueOf(index)}" x=${x} y="0" width=${Math.max(width - 4, 1)} height=${HEIGHT} rx="6"></rect>`;
    x += width;
    return segment;
  });
  return html`<figure class="timeline" part="timeline" aria-hidden="true">
    <figcaption .textContent=${strings.timeline}></figcaption>
    <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="none" focusable="false">${segments}</svg>
  </figure>`;
}
