/**
 * The path as one bar, each phase a segment in proportion to its effort. The numbered legend
 * beside it says the same in words, so the picture itself is hidden from assistive technology.
 */
import { svg, type TemplateResult } from 'lit';
import { html } from './compact-html.js';
import { formatRange } from '../../core/format.js';
import type { LearningPath } from '../../core/recommend-path.js';
import type { PathStrings } from './locales/en.js';

const WIDTH = 1000;
const HEIGHT = 40;

export function renderTimeline(path: LearningPath, strings: PathStrings): TemplateResult {
  const middle = (p: { effort: { min: number; max: number } }) => (p.effort.min + p.effort.max) / 2;
  const total = path.phases.reduce((sum, phase) => sum + middle(phase), 0) || 1;
  let x = 0;
  const segments = path.phases.map((phase, index) => {
    const width = (middle(phase) / total) * WIDTH;
    const segment = svg`<rect class="segment s${index % 8} ${phase.direction ? 'niche' : ''}" x=${x} y="0" width=${Math.max(width - 4, 1)} height=${HEIGHT} rx="6"></rect>`;
    x += width;
    return segment;
  });
  return html`<figure class="timeline" part="timeline">
    <figcaption>${strings.timeline}</figcaption>
    <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="none" aria-hidden="true" focusable="false">${segments}</svg>
    <ol class="legend small">
      ${path.phases.map(
        (phase, index) =>
          html`<li>
            <span class="swatch s${index % 8}" aria-hidden="true"></span>${phase.title}${strings.colon}<span class="weeks"
              >${formatRange(phase.weeks, strings.weekOne, strings.weekMany)}</span
            >
          </li>`,
      )}
    </ol>
  </figure>`;
}
