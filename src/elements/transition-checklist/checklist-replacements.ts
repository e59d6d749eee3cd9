/**
 * Replacing all of the reader's progress, a reset or an import, only after asking (an import says
 * what it would change), and undoing it. The element loads this the first time a reader resets or
 * imports, so most page views never download it; it renders the question and the undo.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { importChanges, importProgress, type ImportChanges } from '../../core/checklist-import.js';
import { replaceState, undoReplace } from '../../core/checklist-replace.js';
import { emptyState, type ChecklistState } from '../../core/checklist-state.js';
import { fill } from '../../core/format.js';
import type { ChecklistStrings } from './locales/en.js';

export type ToolProblem = keyof ChecklistStrings['importErrors'];

/** What the element lends: its progress, its one way to change it, focus and its error line. */
export interface ReplacementsHost {
  state(): ChecklistState;
  /** Applies `change` to the latest saved progress and saves it; ends any chance to undo. */
  commit(change: (latest: ChecklistState) => ChecklistState): void;
  requestUpdate(): void;
  /** Moves the focus to `selector` once rendered, so keyboard users land on the next thing to press. */
  focus(selector: string): void;
  /** Shows why nothing changed, or clears it. */
  fail(problem?: ToolProblem): void;
}

type Done = 'resetDone' | 'imported';

export class Replacements {
  /** The replacement waiting for the reader's yes; `imported` for an import. */
  private pending?: { next: ChecklistState; imported?: ChecklistState };
  /** The last replacement: what it replaced and when, until the reader undoes it or changes anything. */
  private undoable?: { before: ChecklistState; at: number; done: Done };
  private readonly host: ReplacementsHost;

  constructor(host: ReplacementsHost) {
    this.host = host;
  }

  /** True while a reset waits for the reader's answer. */
  get askingReset(): boolean {
    return Boolean(this.pending && !this.pending.imported);
  }

  /** Any other change to the progress ends the chance to undo. */
  forget(): void {
    this.undoable = undefined;
  }

  askReset(): void {
    this.ask({ next: emptyState() });
  }

  /** Reads the picked file and asks before it replaces anything, or says why it cannot. */
  async importFile(file: File): Promise<void> {
    let text: string;
    try {
      text = await file.text();
    } catch {
      return this.refuse('unreadable');
    }
    const result = importProgress(text);
    if (result.ok) this.ask({ next: result.state, imported: result.state });
    else this.refuse(result.problem);
  }

  private ask(pending: NonNullable<Replacements['pending']>): void {
    this.pending = pending;
    this.host.fail();
    this.host.requestUpdate();
    this.host.focus('.confirm button');
  }

  private refuse(problem: ToolProblem): void {
    this.pending = undefined;
    this.host.fail(problem);
  }

  private cancel(): void {
    const imported = this.pending?.imported;
    this.pending = undefined;
    this.host.requestUpdate();
    this.host.focus(imported ? '.file-button input' : '.tools .secondary');
  }

  /** The reader said yes: replace, keeping what was replaced for an undo. */
  private confirm(): void {
    const pending = this.pending;
    if (!pending) return; // a second click before the question went away
    this.pending = undefined;
    const at = Date.now();
    let before = this.host.state();
    this.host.commit((latest) => replaceState((before = latest), pending.next, at));
    this.undoable = { before, at, done: pending.imported ? 'imported' : 'resetDone' };
    this.host.requestUpdate();
    this.host.focus('.tool-status button');
  }

  /** Brings back what was replaced, except entries changed since, here or in another tab. */
  private undo(): void {
    const undoable = this.undoable;
    if (!undoable) return;
    this.host.commit((latest) => undoReplace(latest, undoable.before, undoable.at, Date.now()));
    this.host.focus('.tools .secondary');
  }

  /** The question, with what an import would change against the progress shown. */
  renderQuestion(strings: ChecklistStrings): TemplateResult | typeof nothing {
    const pending = this.pending;
    if (!pending) return nothing;
    const imported = pending.imported;
    const counts = imported && (Object.entries(importChanges(this.host.state(), imported)) as [keyof ImportChanges, number][]);
    const lines = counts?.flatMap(([kind, count]) => (count ? [fill(strings.importChanges[kind], { count })] : []));
    return html`<div class="confirm" role="group" aria-labelledby="question" aria-describedby=${lines ? 'changes' : nothing}>
      <p id="question">${imported ? strings.importConfirm : strings.resetConfirm}</p>
      ${lines
        ? html`<ul id="changes">
            ${lines.length ? lines.map((line) => html`<li>${line}</li>`) : html`<li>${strings.importSame}</li>`}
          </ul>`
        : nothing}
      <button type="button" @click=${() => this.confirm()}>${imported ? strings.importYes : strings.resetYes}</button>
      <button type="button" class="secondary" @click=${() => this.cancel()}>${strings.cancel}</button>
    </div>`;
  }

  /** What was just replaced, with the button that undoes it. */
  renderUndo(strings: ChecklistStrings): TemplateResult | typeof nothing {
    const undoable = this.undoable;
    return undoable
      ? html`<p>${strings[undoable.done]} <button type="button" class="secondary" @click=${() => this.undo()}>${strings.undo}</button></p>`
      : nothing;
  }
}
