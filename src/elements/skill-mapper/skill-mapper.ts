import { html, nothing, type TemplateResult } from 'lit';
import { toIdList } from '../../core/coerce.js';
import { knownSpecializationIds, mapSkills, type SkillMap } from '../../core/skill-map.js';
import type { SkillMapperContent } from '../../content/schema/skill-mapper.js';
import { defineElement } from '../../platform/define.js';
import { KitElement } from '../../platform/kit-element.js';
import type { Locale } from '../../platform/locale.js';
import { LocalizedController } from '../../platform/localized.js';
import { OverrideController } from '../../platform/override-controller.js';
import { ProfileController } from '../../platform/profile-controller.js';
import { readerSpecializations } from '../../platform/profile.js';
import { readInput, warnIgnored } from '../../platform/read-input.js';
import { VERSION } from '../../version.js';
import type { SkillMapperLocale, SkillMapperStrings } from './locales/en.js';
import { renderContentProblems } from '../shared/content-problems.js';
import { renderNotices } from '../shared/notices.js';
import { changedElsewhere, renderAnnouncement, renderPreset } from '../shared/profile-notes.js';
import { labelled, term } from '../shared/labelled.js';
import { renderResource } from '../shared/resource.js';
import { renderSources } from '../shared/sources-footer.js';
import { PlanActions } from '../shared/plan-actions.js';
import { renderProject } from './skill-map-project.js';
import { leadsTo, renderSkillDiagram } from './skill-map-diagram.js';
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
    // Never reflected: the attribute is the page's preset, and server-rendered markup stays as sent.
    specialization: { type: String },
  };

  /**
   * Registers the element under `tag` (default `skill-mapper`) unless that tag is taken. A host
   * that already has a `<skill-mapper>` can pick another name.
   */
  static define(tag = 'skill-mapper', registry: CustomElementRegistry | null | undefined = globalThis.customElements) {
    return defineElement(tag, this, registry);
  }

  /**
   * The page's preset: specialization ids separated by spaces (e.g. `"backend mobile"`), in any
   * case, shown until the reader picks their own. Unknown ids are ignored with a console warning.
   * The reader's saved choice wins over it, whenever and however it is set; the element never
   * writes it.
   */
  declare specialization: string;

  protected readonly localized = new LocalizedController<SkillMapperLocale>(this, skillMapperLocales);
  protected readonly override = new OverrideController<SkillMapperContent>(this, () =>
    import('../../core/validate-skill-mapper.js').then((module) => module.skillMapperKind),
  );

  /** The reader's picks live in the shared profile; another element's pick is announced here. */
  private readonly profile = new ProfileController(
    this,
    (_profile, initial) => {
      const labels = this.labelsOf(this.selectedIds);
      if (!initial && labels.join() !== this.shown.join()) this.announcement = changedElsewhere(this.localized.value.strings, this.locale, labels);
    },
    (profile) => [profile.specializations, profile.picked], // the map shows the picks, not the path's answers
  );
  /** The labels on screen, to tell whether a change elsewhere changed anything here. */
  private shown: string[] = [];
  private announcement = '';

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

  /** The ids shown as picked, in content order: the reader's picks, else the page's preset. */
  get selectedIds(): string[] {
    return knownSpecializationIds(this.content, readerSpecializations(this.profile.profile) ?? this.presetIds);
  }

  /** The known ids of the page's `specialization` preset. */
  private get presetIds(): string[] {
    // Read here, not when set: a value of any type, set at any moment of loading, reads the same.
    const requested = readInput(this, 'specialization', this.specialization, toIdList) ?? [];
    const known = knownSpecializationIds(this.content, requested);
    // Ids an embedder's content adds are only known once it has loaded.
    if (!this.override.loading) warnIgnored(this, 'specialization ids', requested.filter((id) => !known.includes(id)));
    return known;
  }

  /** The language on screen: English when Chinese failed to load, whatever the page asked for. */
  private get locale(): Locale {
    return this.localized.failed ? 'en' : this.localized.locale;
  }

  private labelsOf(ids: string[]): string[] {
    return this.content.specializations.filter((spec) => ids.includes(spec.id)).map((spec) => spec.label);
  }

  private toggle(input: HTMLInputElement, id: string): void {
    const reader = readerSpecializations(this.profile.profile);
    // The reader's first pick replaces the page's preset, whichever choice they tap. Later picks
    // keep the order they were made in: the first is the main direction of <path-recommender> and
    // the checklist's target, so a new pick goes last and never takes its place.
    const others = reader?.filter((picked) => picked !== id) ?? [];
    this.profile.update({ specializations: !reader || input.checked ? [...others, id] : others, picked: true });
    const specializations = this.selectedIds;
    // Tapping a preset choice unchecks the box in the page although it stays picked.
    input.checked = specializations.includes(id);
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
    this.shown = this.labelsOf(selected);
    const preset = readerSpecializations(this.profile.profile) ? [] : this.shown;
    return html`<section class="card" part="base" aria-labelledby="heading" aria-busy=${this.busy}>
      <h2 id="heading" part="heading">${strings.heading}</h2>
      <p class="intro">${strings.intro}</p>
      ${renderNotices([this.profile.status === 'memory' && strings.storageUnavailable, this.localized.failed && strings.localeFailed])}
      ${renderContentProblems(this.override.report(this.localized.locale))}
      ${renderAnnouncement(this.announcement)}
      <fieldset class="picker" part="picker">
        <legend>${strings.pickLegend}</legend>
        ${renderPreset(strings, this.locale, preset)}
        ${content.specializations.map(
          (spec) => html`<label class="choice" part="choice">
            <input
              type="checkbox"
              name="specialization"
              .value=${spec.id}
              .checked=${selected.includes(spec.id)}
              @change=${(event: Event) => this.toggle(event.target as HTMLInputElement, spec.id)}
            />
            <span>${spec.label}</span>
          </label>`,
        )}
      </fieldset>
      ${this.renderPicked(selected, strings)}
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

  /**
   * One line per pick ("Backend → model serving and ML APIs") right under the chips, read out as the
   * reader picks. On a phone the chips fill the screen, so the line stays in view at its bottom.
   */
  private renderPicked(selected: string[], strings: SkillMapperStrings): TemplateResult {
    return html`<div class="picked" role="status">
      ${this.content.specializations
        .filter((spec) => selected.includes(spec.id))
        .map(
          (spec) =>
            html`<p>${spec.label}<span aria-hidden="true"> → </span><span class="visually-hidden">${strings.counterpart}${strings.colon}</span><strong>${spec.analogue}</strong></p>`,
        )}
    </div>`;
  }

  private renderMap(map: SkillMap, strings: SkillMapperStrings): TemplateResult {
    const locale = this.locale;
    return html`<div class="result" part="result">
      <ul class="counterparts">
        ${map.selected.map(
          (spec) => html`<li>
            <p class="counterpart">
              <span class="from">${spec.label}</span>
              <span aria-hidden="true">→</span>
              <span class="visually-hidden">${strings.counterpart}${strings.colon}</span><strong class="to">${spec.analogue}</strong>
            </p>
            <p class="muted">${spec.summary}</p>
          </li>`,
        )}
      </ul>
      ${renderSkillDiagram(map, strings, locale)}
      <div class="sections">
        <section>
          <h3>${strings.transfers}</h3>
          <ul>
            ${map.transfers.map(
              (item) => html`<li>
                ${term(item.label, item.detail, strings)} ${labelled(strings.inMl, item.changes, strings)}
                <span class="leads-to" aria-hidden="true">→ ${leadsTo(map, item.mapsTo, locale)}</span>
              </li>`,
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
                  ${item.resources.map((resource) => renderResource(resource, strings))}
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
