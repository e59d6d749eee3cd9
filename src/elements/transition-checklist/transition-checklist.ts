import { html, type PropertyValues, type TemplateResult } from 'lit';
import { mergeStates } from '../../core/checklist-merge.js';
import type { Replacements, ToolProblem } from './checklist-replacements.js';
import {
  applyAction,
  CHECKLIST_FORMAT,
  CHECKLIST_STORAGE_KEY,
  emptyState,
  exportProgress,
  progressOf,
  reconcile,
  type ChecklistAction,
  type ChecklistState,
  type Progress,
} from '../../core/checklist-state.js';
import { toText } from '../../core/coerce.js';
import { fill } from '../../core/format.js';
import { uniqueBy } from '../../core/unique.js';
import type { ChecklistContent } from '../../content/schema/checklist.js';
import { defineElement } from '../../platform/define.js';
import { KitElement } from '../../platform/kit-element.js';
import { downloadText } from '../../platform/download.js';
import { LocalizedController } from '../../platform/localized.js';
import { OverrideController } from '../../platform/override-controller.js';
import { PrintController } from '../../platform/print-controller.js';
import { ProfileController } from '../../platform/profile-controller.js';
import { readInput } from '../../platform/read-input.js';
import { createStore, type VersionedStore } from '../../platform/storage.js';
import { VERSION } from '../../version.js';
import { renderContentProblems } from '../shared/content-problems.js';
import { renderNotices } from '../shared/notices.js';
import { renderSources } from '../shared/sources-footer.js';
import { PlanActions } from '../shared/plan-actions.js';
import { renderSection, type SectionActions, type SectionView } from './checklist-section.js';
import { renderTools, type ToolsView } from './checklist-tools.js';
import type { ChecklistLocale } from './locales/en.js';
import { fitToText } from './fit-notes.js';
import { checklistLocales } from './transition-checklist.locales.js';
import { styles } from './transition-checklist.styles.js';

export interface TransitionChecklistChangeDetail {
  /** Checked actions and all actions, over every section. */
  done: number;
  total: number;
}

export { CHECKLIST_STORAGE_KEY };

const PROGRESS_FILE = 'ml-transition-progress.json';

/**
 * The seven-step plan for moving from software engineering into ML engineering, with checkable
 * actions, a notes log per step, progress that survives reloads, and a Markdown plan for a 1:1.
 *
 * @summary A transition checklist whose progress is never lost.
 *
 * @tagname transition-checklist
 *
 * @fires {CustomEvent<TransitionChecklistChangeDetail>} transition-checklist-change - The reader
 * checked or unchecked an action, imported or reset progress. Bubbles and crosses shadow roots.
 *
 * @csspart base - The outer card.
 * @csspart heading - The element's heading.
 * @csspart overall - The overall progress bar and its label.
 * @csspart section - One step, the bonus practices or the alternative routes.
 * @csspart reality-check - A reality check inside a step.
 * @csspart notes - A step's notes field.
 * @csspart tools - The plan's buttons (copy, share, download), and under "More" the progress file and the reset.
 * @csspart notice - A non-blocking notice, e.g. when progress cannot be saved.
 *
 * @cssprop [--mltk-font-family=inherit] - Font; inherits the host page's by default.
 * @cssprop [--mltk-color-text] - Text colour.
 * @cssprop [--mltk-color-muted] - Secondary text colour.
 * @cssprop [--mltk-color-surface] - Card background.
 * @cssprop [--mltk-color-surface-2] - Background of sections and notices.
 * @cssprop [--mltk-color-border] - Borders.
 * @cssprop [--mltk-color-accent] - Links, buttons and progress bars.
 * @cssprop [--mltk-color-on-accent] - Text on the accent colour.
 * @cssprop [--mltk-color-focus] - The focus ring.
 * @cssprop [--mltk-radius=0.5em] - Corner radius.
 * @cssprop [--mltk-space=1em] - Base spacing unit.
 */
export class TransitionChecklist extends KitElement<ChecklistContent> {
  static version = VERSION;

  static override styles = styles;

  static override properties = {
    storageKey: { type: String, attribute: 'storage-key' },
    state: { state: true, attribute: false },
    problem: { state: true, attribute: false },
  };

  /** Registers the element under `tag` (default `transition-checklist`) unless that tag is taken. */
  static define(tag = 'transition-checklist', registry: CustomElementRegistry | null | undefined = globalThis.customElements) {
    return defineElement(tag, this, registry);
  }

  /**
   * Keeps this checklist's progress apart from others on the same site: two checklists with
   * different keys have separate progress; the same key in two tabs stays in step.
   */
  declare storageKey?: string;

  declare private state: ChecklistState;
  /** Why the last import (or reset) changed nothing. */
  declare private problem?: ToolProblem;
  /** Resets, imports and their undo, loaded when a reader first resets or imports. */
  private replacements?: Replacements;
  /** Sections the reader has open: the first unfinished one to begin with, so the list stays short. */
  private openSections = new Set<string>();

  protected readonly localized = new LocalizedController<ChecklistLocale>(this, checklistLocales);
  protected readonly override = new OverrideController<ChecklistContent>(this, () =>
    import('../../core/validate-checklist.js').then((module) => module.checklistKind),
  );

  private readonly profile = new ProfileController(
    this,
    () => {},
    () => null, // read only for the 1:1 plan: nothing on screen shows the profile
  );
  /** While printing, every section prints open, whatever the reader has folded. */
  private readonly print = new PrintController(this);
  private readonly plan = new PlanActions(this, {
    contribution: () => ({ kind: 'checklist', content: this.content, state: this.state }),
    profile: () => this.profile.profile,
    locale: () => this.localized.locale,
  });
  /** True while "More" (the progress file and the reset) is open. */
  private moreOpen = false;

  private store?: VersionedStore<ChecklistState>;
  /** The storage key the store is open with, while connected. */
  private openKey?: string;
  private unsubscribe?: () => void;

  constructor() {
    super();
    this.state = emptyState();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.openStore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.openKey = undefined; // connecting again reads and follows the key afresh
  }

  /** The content the progress was last matched to. */
  private reconciledWith?: ChecklistContent;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storageKey') && this.isConnected) this.openStore();
    // Items an embedder's content adds get their saved check marks back once it has loaded.
    if (this.reconciledWith !== this.content) {
      this.reconciledWith = this.content;
      this.state = reconcile(this.state, this.content);
    }
    if (this.openSections.size === 0) {
      const { sections } = this.progress;
      const next = this.content.sections.find((section) => sections[section.id].done < sections[section.id].total);
      if (next) this.openSections.add(next.id);
    }
  }

  protected override updated(): void {
    super.updated();
    // Saved notes, and notes another tab changed, open at the height of their text.
    for (const area of this.renderRoot.querySelectorAll('textarea')) fitToText(area);
  }

  /** Progress, per section id and overall. */
  get progress(): { sections: Record<string, Progress>; overall: Progress } {
    return progressOf(this.state, this.content);
  }

  /**
   * The reader's plan for a 1:1 as Markdown: profile, where their skills land, the path and its
   * estimate, checked actions and notes. The same from every element of the kit on the page.
   */
  toMarkdown(): Promise<string> {
    return this.plan.plan();
  }

  /** The raw progress as JSON, to move it to another browser. */
  exportProgress(): string {
    return exportProgress(this.state, new Date());
  }

  private rememberOpen(id: string, open: boolean): void {
    // Printing opens every section; that is not the reader's choice to remember.
    if (this.print.printing || open === this.openSections.has(id)) return;
    if (open) this.openSections.add(id);
    else this.openSections.delete(id);
    this.requestUpdate(); // a section's body is rendered only while it is open
  }

  /** Reads and follows the progress saved under the element's key, unless that key is open already. */
  private openStore(): void {
    const group = readInput(this, 'storage-key', this.storageKey, toText);
    const key = group ? `${CHECKLIST_STORAGE_KEY}:${group}` : CHECKLIST_STORAGE_KEY;
    if (key === this.openKey) return;
    this.unsubscribe?.();
    this.openKey = key;
    // A new key means other progress: a question or an undo belonged to the old one.
    this.replacements = undefined;
    const store = createStore({ key, format: CHECKLIST_FORMAT, initial: emptyState, merge: mergeStates });
    this.store = store;
    const load = () => (this.state = reconcile(store.read(), this.content));
    load();
    this.unsubscribe = store.subscribe(load);
  }

  /**
   * Applies `change` to the latest saved progress (this tab's merged with other tabs'), saves it,
   * and tells the page. What came before can no longer be undone.
   */
  private commit(change: (latest: ChecklistState) => ChecklistState): void {
    const content = this.content;
    const apply = (latest: ChecklistState) => change(reconcile(latest, content));
    // Only a connected element has controls to change anything, and connecting opened the store.
    this.state = reconcile(this.store!.update(apply), content);
    this.replacements?.forget();
    const { done, total } = this.progress.overall;
    this.dispatchEvent(
      new CustomEvent<TransitionChecklistChangeDetail>('transition-checklist-change', {
        detail: { done, total },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private act(action: ChecklistAction): void {
    this.commit((latest) => applyAction(latest, action));
  }

  /** Focus follows the dialogue, so a keyboard user lands on the next thing to press. */
  private async focusAfterRender(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Runs `use` with the reset and import code, or says why nothing changed when it cannot load. */
  private async replacing(use: (replacements: Replacements) => unknown): Promise<void> {
    let module;
    try {
      module = await import('./checklist-replacements.js');
    } catch {
      this.problem = 'offline';
      return;
    }
    this.replacements ??= new module.Replacements({
      state: () => this.state,
      commit: (change) => this.commit(change),
      requestUpdate: () => this.requestUpdate(),
      focus: (selector) => void this.focusAfterRender(selector),
      fail: (problem) => (this.problem = problem),
    });
    await use(this.replacements);
  }

  /** What the tools block renders and calls (checklist-tools.ts). */
  private toolsView(): ToolsView {
    return {
      plan: this.plan,
      replacements: this.replacements,
      problem: this.problem,
      moreOpen: this.moreOpen,
      toggleMore: (open, focusButton) => {
        this.moreOpen = open;
        this.requestUpdate();
        if (focusButton) void this.focusAfterRender('.more > button');
      },
      exportFile: () => {
        downloadText(PROGRESS_FILE, 'application/json', this.exportProgress());
        this.plan.announce(fill(this.localized.value.strings.downloaded, { file: PROGRESS_FILE }));
      },
      importFile: (event) => this.importFile(event),
      askReset: () => void this.replacing((r) => r.askReset()),
    };
  }

  private importFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same file can be picked again after fixing it
    if (file) void this.replacing((replacements) => replacements.importFile(file));
  }

  private sectionView(id: string, progress: TransitionChecklist['progress'], checked: ReadonlySet<string>): SectionView {
    return {
      open: this.openSections.has(id) || this.print.printing,
      progress: progress.sections[id],
      checked,
      note: this.state.notes[id] ?? '', // a record without prototype: `constructor` is only a section's
      locale: this.localized.locale,
    };
  }

  private readonly sectionActions: SectionActions = {
    toggle: (id, open) => this.rememberOpen(id, open),
    act: (action) => this.act(action),
  };

  protected override render(): TemplateResult {
    const { strings } = this.localized.value;
    const content = this.content;
    const progress = this.progress;
    const checked = new Set(this.state.checked);
    let step = 0;
    return html`<section class="card" part="base" aria-labelledby="heading" aria-busy=${this.busy}>
      <h2 id="heading" part="heading">${strings.heading}</h2>
      <p class="intro">${strings.intro}</p>
      ${renderNotices([
        this.store?.status === 'memory' && strings.storageUnavailable,
        this.store?.recovered && strings.recovered,
        this.store?.overruled && strings.overruled,
        this.localized.failed && strings.localeFailed,
      ])}
      ${renderContentProblems(this.override.report(this.localized.locale))}
      <div class="overall" part="overall">
        <label for="overall">${strings.overall}</label>
        <progress id="overall" max=${progress.overall.total} .value=${progress.overall.done}></progress>
        <span class="small">${fill(strings.progress, { ...progress.overall })}</span>
      </div>
      ${content.sections.map((section) =>
        renderSection(section, section.kind === 'step' ? ++step : 0, this.sectionView(section.id, progress, checked), strings, this.sectionActions),
      )}
      ${renderTools(this.toolsView(), strings)}
      ${renderSources(strings, uniqueBy(content.sections.flatMap((s) => s.sources), (id) => id).flatMap(
        (id) => content.sources.find((source) => source.id === id) ?? [],
      ))}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'transition-checklist': TransitionChecklist;
  }
  // The event bubbles out of shadow roots, so listeners on any element or the document see it.
  interface GlobalEventHandlersEventMap {
    'transition-checklist-change': CustomEvent<TransitionChecklistChangeDetail>;
  }
}
