import { nothing, type TemplateResult } from 'lit';
import { html } from './compact-html.js';
import type { LearningStyle, Level, PathInputs, Structure } from '../../core/path-inputs.js';
import { forecast, pathAhead } from '../../core/path-forecast.js';
import { recommendPath, type LearningPath } from '../../core/recommend-path.js';
import { uniqueBy } from '../../core/unique.js';
import type { PathContent } from '../../content/schema/path.js';
import { defineElement } from '../../platform/define.js';
import { KitElement } from '../../platform/kit-element.js';
import type { Locale } from '../../platform/locale.js';
import { LocalizedController } from '../../platform/localized.js';
import { OverrideController } from '../../platform/override-controller.js';
import { ProfileController } from '../../platform/profile-controller.js';
import { readerSpecializations } from '../../platform/profile.js';
import { VERSION } from '../../version.js';
import { renderContentProblems } from '../shared/content-problems.js';
import { renderNotices } from '../shared/notices.js';
import { changedElsewhere, renderAnnouncement, renderPreset } from '../shared/profile-notes.js';
import { renderSources } from '../shared/sources-footer.js';
import { PlanActions } from '../shared/plan-actions.js';
import type { PathLocale, PathStrings } from './locales/en.js';
import { pathLocales } from './path-recommender.locales.js';
import { styles } from './path-recommender.styles.js';
import { answerPatch, changeEvent, mergeInputs, readPreset } from './path-answers.js';
import { PathCalendar } from './path-calendar.js';
import { renderSummary, renderTracker } from './path-estimate.js';
import { renderForm } from './path-form.js';
import { changedValues, presetInUse } from './path-inputs-text.js';
import { extrasPending, phaseStatuses, renderHabits, renderPhase, type PhaseActions } from './path-phase.js';
import { renderTimeline } from './path-timeline.js';
import { PathTracker } from './path-tracker.js';

export interface PathRecommenderChangeDetail {
  inputs: PathInputs;
  /** The estimate for the new path, in weeks. */
  weeks: { min: number; max: number };
}

/**
 * A learning path into machine learning fitted to the reader: ordered phases with goals, reasons,
 * resources and milestones, and an honest time estimate from the hours a week they can give.
 *
 * @summary Recommends a learning path for the reader's level, learning style and time.
 *
 * @tagname path-recommender
 *
 * @fires {CustomEvent<PathRecommenderChangeDetail>} path-recommender-change - The reader changed
 * an input. `detail.inputs` has the new inputs, `detail.weeks` the new estimate. Bubbles and
 * crosses shadow roots.
 *
 * @csspart base - The outer card.
 * @csspart heading - The element's heading.
 * @csspart form - The reader's inputs.
 * @csspart summary - The time estimate and the reasons for the path.
 * @csspart timeline - The proportional timeline of the phases.
 * @csspart phase - One phase of the path, folded to one line unless it is current or the reader opened it.
 * @csspart tracker - The reader's progress: hours logged this week and the forecasts.
 * @csspart habit - A habit that runs alongside the path (papers, community).
 * @csspart export - The plan's buttons (copy, share, download) and the calendar download.
 * @csspart notice - A non-blocking notice, e.g. when answers cannot be saved.
 *
 * @cssprop [--mltk-font-family=inherit] - Font; inherits the host page's by default.
 * @cssprop [--mltk-color-text] - Text colour.
 * @cssprop [--mltk-color-muted] - Secondary text colour.
 * @cssprop [--mltk-color-surface] - Card background.
 * @cssprop [--mltk-color-surface-2] - Background of phases and notices.
 * @cssprop [--mltk-color-border] - Borders.
 * @cssprop [--mltk-color-accent] - Links, buttons and the timeline.
 * @cssprop [--mltk-color-on-accent] - Text on the accent colour.
 * @cssprop [--mltk-color-focus] - The focus ring.
 * @cssprop [--mltk-radius=0.5em] - Corner radius.
 * @cssprop [--mltk-space=1em] - Base spacing unit.
 */
export class PathRecommender extends KitElement<PathContent> {
  static version = VERSION;

  static override styles = styles;

  static override properties = {
    // The page's preset, never reflected: server-rendered markup stays as sent, and the reader's
    // answers live in the shared profile.
    level: { type: String },
    learningStyle: { type: String, attribute: 'learning-style' },
    structure: { type: String },
    hoursPerWeek: { type: Number, attribute: 'hours-per-week' },
    direction: { type: String },
    hoursInvalid: { state: true, attribute: false },
  };

  /**
   * Registers the element under `tag` (default `path-recommender`) unless that tag is taken.
   */
  static define(tag = 'path-recommender', registry: CustomElementRegistry | null | undefined = globalThis.customElements) {
    return defineElement(tag, this, registry);
  }

  /**
   * `junior`, `mid`, `senior`, `staff` or `principal`. Like every input below, it is the page's
   * preset: the reader's saved answer wins over it, whenever and however it is set.
   */
  declare level?: Level;
  /** `code-first` or `theory-first`. */
  declare learningStyle?: LearningStyle;
  /** `self-paced` or `structured` (a graded program). */
  declare structure?: Structure;
  /** Hours a week the reader can study, 1 to 60. */
  declare hoursPerWeek?: number;
  /**
   * The main direction: a specialization id such as `backend`; shared with `<skill-mapper>`. The
   * reader's other picked specializations add to it.
   */
  declare direction?: string;

  /** The hours field holds something outside 1–60 (or no number): the estimate keeps the last good value. */
  declare private hoursInvalid: boolean;

  protected readonly localized = new LocalizedController<PathLocale>(this, pathLocales);
  protected readonly override = new OverrideController<PathContent>(this, () =>
    import('../../core/validate-path.js').then((module) => module.pathKind),
  );

  /** The reader's answers live in the shared profile; what another element's choice changes is announced. */
  private readonly profile = new ProfileController(this, (profile, initial) => {
    if (profile.hoursPerWeek) this.hoursInvalid = false; // the field shows the hours chosen elsewhere
    if (!initial) this.announcement = changedElsewhere(this.localized.value.strings, this.locale, changedValues(this.words, this.shown, this.inputs));
  });
  /** The inputs on screen, to tell what a change elsewhere changed here. */
  private shown?: PathInputs;
  private announcement = '';
  /** The reader's progress along the path, their logged hours, and which phases are open. */
  private readonly tracker = new PathTracker(this, {
    profile: () => this.profile.profile,
    // An imported profile is the reader's answers: the element takes them as its own.
    update: (profile) => this.profile.update(profile),
  });
  private readonly plan = new PlanActions(this, {
    contribution: () => [
      { kind: 'path', content: this.content, inputs: this.inputs },
      { kind: 'path-progress', progress: this.tracker.progress },
    ],
    profile: () => this.profile.profile,
    locale: () => this.localized.locale,
  });
  /** The calendar of the milestones ahead and its download (path-calendar.ts). */
  private readonly calendar: PathCalendar = new PathCalendar(this, this.plan);

  constructor() {
    super();
    this.hoursInvalid = false;
  }

  /**
   * The inputs the path is computed from: the reader's answers, else the page's preset (in any
   * case), else defaults. A preset value the element does not know is ignored with a console warning.
   */
  get inputs(): PathInputs {
    return mergeInputs(this.profile.profile, this.preset, this.directionIds);
  }

  /** The page's preset: the inputs its attributes or properties set and the element understands (path-answers.ts). */
  private get preset(): Partial<PathInputs> {
    return readPreset(this, this.directionIds, this.override.loading);
  }

  private get directionIds(): string[] {
    return this.content.directions.map((d) => d.id);
  }

  private get words() {
    return { strings: this.localized.value.strings, directions: this.content.directions };
  }

  /** The language on screen: English when Chinese failed to load, whatever the page asked for. */
  private get locale(): Locale {
    return this.localized.failed ? 'en' : this.localized.locale;
  }

  /** The path for the current inputs, in the element's language. */
  get path(): LearningPath {
    return recommendPath(this.content, this.inputs);
  }

  /**
   * The reader's plan for a 1:1 as Markdown: profile, where their skills land, the path and its
   * estimate, checked actions and notes. The same from every element of the kit on the page.
   */
  toMarkdown(): Promise<string> {
    return this.plan.plan();
  }

  /**
   * The milestones still ahead as an iCalendar file, starting on `start` (YYYY-MM-DD, default:
   * today), at the pace the reader kept once they have logged two weeks, else at the hours they
   * said; phases marked done are left out. Rejects with a RangeError, whose message the reader can
   * be shown, when they would fall after 9999.
   */
  async toCalendar(start = this.calendar.startDate): Promise<string> {
    const path = this.path;
    const progress = this.tracker.progress;
    const pace = forecast(path, progress, new Date()).actual?.hours ?? path.inputs.hoursPerWeek;
    const calendar = (await import('./path-exports.js')).calendarOf(pathAhead(path, progress, pace), this.localized.value.strings, start);
    if ('problem' in calendar) throw new RangeError(calendar.problem);
    return calendar.text;
  }

  /** The reader changed an input: remember it, share it, announce it. */
  private answer(patch: Partial<PathInputs>): void {
    this.profile.update(answerPatch(this.profile.profile, patch));
    const inputs = this.inputs;
    this.dispatchEvent(changeEvent({ inputs, weeks: recommendPath(this.content, inputs).weeks }));
  }

  private readonly actions: PhaseActions = {
    selfPaced: () => this.answer({ structure: 'self-paced' }),
    primary: (direction) => {
      // The direction's phase takes the place of the one the reader pressed this in: it stays open.
      this.tracker.toggle(direction, true);
      this.answer({ direction });
    },
    mark: (kind, id, mark) => this.tracker.mark(this.path, kind, id, mark),
    toggle: (id, open) => this.tracker.toggle(id, open),
  };

  /** True while the blocks only some readers see are loading (see path-phase.ts). */
  private extrasPending = false;

  protected override get busy(): boolean {
    return super.busy || this.extrasPending;
  }

  protected override render(): TemplateResult {
    const { strings } = this.localized.value;
    const content = this.content;
    const path = this.path;
    const progress = this.tracker.progress;
    const statuses = phaseStatuses(path, progress);
    const saving = this.tracker.status;
    this.shown = this.inputs;
    this.extrasPending = extrasPending(path, () => this.requestUpdate());
    return html`<section class="card" part="base" aria-labelledby="heading" aria-busy=${this.busy}>
      <h2 id="heading" part="heading">${strings.heading}</h2>
      <p class="intro" .textContent=${strings.intro}></p>
      ${renderNotices([
        this.profile.status === 'memory' && strings.storageUnavailable,
        saving.recovered && strings.saveRecovered,
        saving.overruled && strings.saveOverruled,
        this.localized.failed && strings.localeFailed,
      ])}
      ${renderContentProblems(this.override.report(this.localized.locale))}
      ${renderAnnouncement(this.announcement)}
      ${renderForm(this.formView(strings), strings, content.directions)}
      ${renderSummary(path, content, strings, this.calendar.renderExports(strings))}
      ${renderTimeline(path, strings)}
      ${this.complete ? renderTracker(this.tracker.view(path, this.localized.locale), strings) : nothing}
      <ol class="phases">
        ${this.complete
          ? path.phases.map((phase, index) => {
              const status = statuses.get(phase.id)!;
              return renderPhase(phase, index, path, strings, this.actions, { open: this.tracker.isOpen(phase.id, status), status, progress });
            })
          : nothing}
      </ol>
      ${this.complete ? renderHabits(path.habits, strings, (key) => this.tracker.isOpen(key, 'later'), this.actions) : nothing}
      ${renderSources(strings, uniqueBy([...path.phases, ...path.habits].flatMap((phase) => phase.sources), (source) => source.id))}
    </section>`;
  }

  /** The form's inputs, the page's preset note and the hours field's state (path-form.ts). */
  private formView(strings: PathStrings) {
    const picked = Boolean(readerSpecializations(this.profile.profile));
    return {
      inputs: this.inputs,
      preset: renderPreset(strings, this.locale, presetInUse(this.words, this.preset, this.profile.profile, picked)),
      hoursInvalid: this.hoursInvalid,
      setHoursInvalid: (invalid: boolean) => (this.hoursInvalid = invalid),
      answer: (patch: Partial<PathInputs>) => this.answer(patch),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'path-recommender': PathRecommender;
  }
  // The event bubbles out of shadow roots, so listeners on any element or the document see it.
  interface GlobalEventHandlersEventMap {
    'path-recommender-change': CustomEvent<PathRecommenderChangeDetail>;
  }
}
