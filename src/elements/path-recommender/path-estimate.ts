/** The estimate: the path's total at the reader's pace, and what would change it. */
import { nothing, type TemplateResult } from 'lit';
import { html } from './compact-html.js';
import type { PathContent } from '../../content/schema/path.js';
import { fill, formatRange } from '../../core/format.js';
import { otherPace, recommendPath, type LearningPath } from '../../core/recommend-path.js';
import type { PathStrings } from './locales/en.js';

export const weeksText = (range: LearningPath['weeks'], strings: PathStrings) => formatRange(range, strings.weekOne, strings.weekMany);

export function renderSummary(path: LearningPath, content: PathContent, strings: PathStrings): TemplateResult {
  const { inputs, habits } = path;
  const weeks = (range: LearningPath['weeks']) => weeksText(range, strings);
  // What would change this: another pace (which may let another graded programme fit), or the other way of studying.
  const pace = otherPace(inputs.hoursPerWeek);
  const faster = recommendPath(content, { ...inputs, hoursPerWeek: pace });
  const programme = (p: LearningPath) => p.phases.find((phase) => phase.term)?.parts[0].resource;
  const switched = programme(faster) !== programme(path) && programme(faster);
  const structure = inputs.structure === 'structured' ? 'self-paced' : 'structured';
  const other = recommendPath(content, { ...inputs, structure });
  return html`<div class="summary" part="summary">
    <p class="total" role="status">
      ${fill(strings.total, { weeks: weeks(path.weeks), pace: inputs.hoursPerWeek, hours: `${path.hours.min}–${path.hours.max}` })}
    </p>
    ${habits.length
      ? html`<p>${fill(strings.alongside, { hours: habits.reduce((t, h) => t + h.weekly, 0), names: habits.map((h) => h.title).join(strings.listSep) })}</p>`
      : nothing}
    ${path.pace ? html`<p class="notice small" part="notice">${path.pace === 'low' ? strings.paceLow : strings.paceHigh}</p>` : nothing}
    <p class="what-if small">
      <strong>${strings.whatIf}</strong>${strings.afterLabel}${fill(strings.atPace, { pace, weeks: weeks(faster.weeks) })}${switched
        ? fill(strings.withProgramme, { title: switched.title })
        : ''}${strings.listSep}${fill(strings.otherStructure[structure], { weeks: weeks(other.weeks) })}
    </p>
    <h3>${strings.reasonsHeading}</h3>
    <ul class="reasons">
      ${[inputs.level, inputs.style, inputs.structure].map((key) => html`<li>${strings.reasons[key]}</li>`)}
    </ul>
  </div>`;
}
