import { html, nothing, type TemplateResult } from 'lit';
import { toIdList } from '../../core/coerce.js';
import { knownSpecializationIds, mapSkills, type SkillMap } from '../../core/skill-map.js';
import type { SkillMapperContent } from '../../content/schema/skill-mapper.js';
import { defineElement } from '../../platform/define.js';
import { KitElement } from '../../platform/kit-element.js';
import { LocalizedController } from '../../platform/localized.js';
import { OverrideController } from '../../platform/override-controller.js';
import { ProfileController } from '../../platform/profile-controller.js';
import { readInput, reflectSafely, warnIgnored } from '../../platform/read-input.js';
import { VERSION } from '../../version.js';
import type { SkillMapperLocale, SkillMapperStrings } from './locales/en.js';
import { renderContentProblems } from '../shared/content-problems.js';
import { renderNotices } from '../shared/notices.js';
import { labelled, term } from '../shared/labelled.js';
import { renderResource } from '../shared/resource.js';
import { renderSources } from '../shared/sources-footer.js';
import { PlanActions } from '../shared/plan-actions.js';
import { renderProject } from './skill-map-project.js';
import { renderSkillDiagram } from './skill-map-diagram.js';
import { skillMapperLocales } from './skill-mapper.locales.js';
import { styles } from './skill-mapper.styles.js';

export interface SkillMapperChangeDetail {
  /** The picked specialization ids, in content order. */
  specializations: string[];
}

/**
 * Shows a software engineer where their specialization lands in machine learning: what carries
 * over, what to learn in order, the roles and tools of that niche and a first project.
 *
 * @summary Maps a software specialization to its machine-learning counterpart.
 *
 * @tagname skill-mapper
 *
 * @fires {CustomEvent<SkillMapperChangeDetail>} skill-mapper-change - The reader changed the
 * selection. `detail.specializations` lists the picked ids. Bubbles and crosses shadow roots.
 *
 * @csspart base - The outer card.
 * @csspart heading - The element's heading.
 * @csspart picker - The group of specialization choices.
 * @csspart choice - One specialization choice (a label wrapping its checkbox).
 * @csspart result - Everything shown for the current selection.
 * @csspart diagram - The figure linking current skills to ML skills.
 * @csspart export - The plan's buttons: copy, share, download.
 * @csspart notice - A non-blocking notice, e.g. when the choice cannot be saved.
 *
 * @cssprop [--mltk-font-family=inherit] - Font; inherits the host page's by default.
 * @cssprop [--mltk-color-text] - Text colour.
 * @cssprop [--mltk-color-muted] - Secondary text colour.
 * @cssprop [--mltk-color-surface] - Card background.
 * @cssprop [--mltk-color-surface-2] - Background of chips, notices and diagram nodes.
 * @cssprop [--mltk-color-border] - Borders and diagram links.
 * @cssprop [--mltk-color-accent] - Links, selected choices and the diagram's ML side.
 * @cssprop [--mltk-color-on-accent] - Text on the accent colour.
 * @cssprop [--mltk-color-focus] - The focus ring.
 * @cssprop [--mltk-radius=0.5em] - Corner radius.
 * @cssprop [--mltk-space=1em] - Base spacing unit.
 */
export class SkillMapper extends KitElement<SkillMapperContent> {
  static version = VERSION;

  static override styles = styles;

  static override properties = {
    specialization: { type: String, reflect: true, converter: reflectSafely },
  };

  /**
   * Registers the element under `tag` (default `skill-mapper`) unless that tag is taken. A host
   * that already has a `<skill-mapper>` can pick another name.
   */
  static define(tag = 'skill-mapper', registry: CustomElementRegistry | null | undefined = globalThis.customElements) {
    return defineElement(tag, this, registry);
  }

  /**
   * The picked specialization ids, separated by spaces (e.g. `"backend mobile"`), in any case.
   * Unknown ids are ignored with a console warning. Without it, the reader's last choice is restored.
   */
  declare specialization: string;

  protected readonly localized = new LocalizedController<SkillMapperLocale>(this, skillMapperLocales);
  protected readonly override = new OverrideController<SkillMapperContent>(this, () =>
    import('../../core/validate-skill-mapper.js').then((module) => module.skillMapperKind),
  );

  /**
   * The reader's saved choice wins over the `specialization` attribute, which is the page's
   * default; later changes from other elements or tabs are always followed.
   */
  private readonly profile = new ProfileController(this, (profile, initial) => {
    if (!initial || profile.specializations.length > 0) this.specialization = profile.specializations.join(' ');
  });

  private readonly plan = new PlanActions(this, {
    contribution: () => ({ kind: 'skills', content: this.content, selected: this.selectedIds }),
    profile: () => this.profile.profile,
    locale: () => this.localized.locale,
  });

  constructor() {
    super();
    this.specialization = '';
  }

  /**
   * The reader's plan for a 1:1 as Markdown: profile, where their skills land, the path and its
   * estimate, checked actions and notes. The same from every element of the kit on the page.
   */
  toMarkdown(): Promise<string> {
    return this.plan.plan();
  }

  /** The picked ids that exist in the content, in content order. */
  get selectedIds(): string[] {
    // Read here, not when set: a value of any type, set at any moment of loading, reads the same.
    const requested = readInput(this, 'specialization', this.specialization, toIdList) ?? [];
    const known = knownSpecializationIds(this.content, requested);
    // Ids an embedder's content adds are only known once it has loaded.
    if (!this.override.loading) warnIgnored(this, 'specialization ids', requested.filter((id) => !known.includes(id)));
    return known;
  }

  private toggle(id: string, checked: boolean): void {
    const picked = new Set(this.selectedIds);
    if (checked) picked.add(id);
    else picked.delete(id);
    this.specialization = knownSpecializationIds(this.content, picked).join(' ');
    const specializations = this.selectedIds;
    // The profile keeps the order the reader picked in: its first entry is their main direction in
    // <path-recommender> and the checklist's target, so a new pick goes last and never replaces it.
    const kept = this.profile.profile.specializations.filter((id) => picked.has(id));
    this.profile.update({ specializations: [...new Set([...kept, ...specializations])] });
    this.dispatchEvent(
      new CustomEvent<SkillMapperChangeDetail>('skill-mapper-change', {
        detail: { specializations },
        bubbles: true,
        composed: true,
      }),
    );
  }

  protected override render(): TemplateResult {
    const { strings } = this.localized.value;
    const content = this.content;
    const selected = this.selectedIds;
    return html`<section class="card" part="base" aria-labelledby="heading" aria-busy=${this.busy}>
      <h2 id="heading" part="heading">${strings.heading}</h2>
      <p class="intro">${strings.intro}</p>
      ${renderNotices([this.profile.status === 'memory' && strings.storageUnavailable, this.localized.failed && strings.localeFailed])}
      ${renderContentProblems(this.override.report(this.localized.locale))}
      <fieldset class="picker" part="picker">
        <legend>${strings.pickLegend}</legend>
        ${content.specializations.map(
          (spec) => html`<label class="choice" part="choice">
            <input
              type="checkbox"
              name="specialization"
              .value=${spec.id}
              .checked=${selected.includes(spec.id)}
              @change=${(event: Event) => this.toggle(spec.id, (event.target as HTMLInputElement).checked)}
            />
            <span>${spec.label}</span>
          </label>`,
        )}
      </fieldset>
      ${selected.length === 0
        ? html`<p class="empty">${strings.empty}</p>`
        : this.complete
          ? this.renderMap(mapSkills(content, selected), strings)
          : nothing}
      <div class="export" part="export">
        <h3>${strings.planGroup}</h3>
        ${this.plan.renderButtons(strings)} ${this.plan.renderStatus(strings)}
      </div>
    </section>`;
  }

  private renderMap(map: SkillMap, strings: SkillMapperStrings): TemplateResult {
    // When Chinese failed to load, the content on screen is English whatever the page asked for.
    const locale = this.localized.failed ? 'en' : this.localized.locale;
    return html`<div class="result" part="result">
      <ul class="counterparts">
        ${map.selected.map(
          (spec) => html`<li>
            <p class="counterpart">
              <span class="from">${spec.label}</span>
              <span aria-hidden="true">→</span>
              <span class="visually-hidden">${strings.counterpart}${strings.colon}</span>
              <strong class="to">${spec.analogue}</strong>
            </p>
            <p class="muted">${spec.summary}</p>
          </li>`,
        )}
      </ul>
      ${renderSkillDiagram(map, strings)}
      <div class="sections">
        <section>
          <h3>${strings.transfers}</h3>
          <ul>
            ${map.transfers.map(
              (item) => html`<li>${term(item.label, item.detail, strings)} ${labelled(strings.inMl, item.changes, strings)}</li>`,
            )}
          </ul>
        </section>
        <section>
          <h3>${strings.roles}</h3>
          <ul>
            ${map.roles.map(
              (role) => html`<li>
                ${term(role.label, role.day, strings)} ${role.where} ${labelled(strings.firstHop, role.firstHop, strings)}
              </li>`,
            )}
          </ul>
        </section>
        <section class="wide">
          <h3>${strings.learn}</h3>
          <ol>
            ${map.learn.map(
              (item) => html`<li>
                ${term(item.label, item.why, strings)}
                <ul class="resources">
                  ${item.resources.map((resource) => renderResource(resource, strings, locale))}
                </ul>
              </li>`,
            )}
          </ol>
        </section>
        <section class="wide">
          <h3>${strings.tools}</h3>
          <ul>
            ${map.tools.map(
              (tool) => html`<li>
                <a href=${tool.url}>${tool.name}</a>${strings.colon}${tool.use}
                <br />${labelled(strings.chooseWhen, tool.when, strings)}
                <br />${labelled(strings.firstTask, tool.firstTask, strings)}
              </li>`,
            )}
          </ul>
        </section>
        <section class="wide">
          <h3>${strings.project}</h3>
          ${map.projects.map(({ specialization, project }) => renderProject(project, strings, map.projects.length > 1 ? specialization.label : ''))}
        </section>
      </div>
      ${renderSources(strings, map.sources)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'skill-mapper': SkillMapper;
  }
  // The event bubbles out of shadow roots, so listeners on any element or the document see it.
  interface GlobalEventHandlersEventMap {
    'skill-mapper-change': CustomEvent<SkillMapperChangeDetail>;
  }
}
