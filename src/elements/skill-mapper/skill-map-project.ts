import { html, nothing, type TemplateResult } from 'lit';
import type { Project } from '../../content/schema/skill-mapper.js';
import { fill } from '../../core/format.js';
import { labelled } from '../shared/labelled.js';
import type { SkillMapperStrings } from './locales/en.js';

/**
 * A first project as a reader would start it: the data, the baseline to beat, the scope and what the
 * project's README must report. `forLabel` names the specialization when several are picked.
 */
export function renderProject(project: Project, strings: SkillMapperStrings, forLabel: string): TemplateResult {
  return html`<article class="project">
    <h4>${project.title}</h4>
    ${forLabel ? html`<p class="muted small">${fill(strings.projectFor, { label: forLabel })}</p>` : nothing}
    <p><strong>${strings.dataset}</strong>${strings.afterLabel}<a href=${project.dataset.url}>${project.dataset.name}</a></p>
    <p>${labelled(strings.baseline, project.baseline, strings)}</p>
    <p>${labelled(strings.scope, project.scope, strings)}</p>
    <p>${labelled(strings.reports, project.reports, strings)}</p>
    <p>${labelled(strings.proves, project.proves, strings)}</p>
  </article>`;
}
