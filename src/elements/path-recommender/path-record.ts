/**
 * Export and import of the kit's one record (profile, checklist, path progress and hours), with a
 * summary of what an import changes, a confirm, and an undo that keeps what changed since in any
 * tab. Loaded the first time a reader exports or imports, so most page views never download it.
 */
import { nothing, type TemplateResult } from 'lit';
import { html } from './compact-html.js';
import { mergeStates } from '../../core/checklist-merge.js';
import { replaceState, undoReplace } from '../../core/checklist-replace.js';
import { CHECKLIST_FORMAT, emptyState, type ChecklistState } from '../../core/checklist-state.js';
import { fill } from '../../core/format.js';
import type { PathProgress } from '../../core/path-progress.js';
import { replaceProgress, undoProgress } from '../../core/path-progress-replace.js';
import { downloadText } from '../../platform/download.js';
import { readRecord, recordChanges, recordText, type KitRecord, type RecordChanges } from '../../platform/kit-record.js';
import type { ReaderProfile } from '../../platform/profile.js';
import { createStore } from '../../platform/storage.js';
import type { PathStrings } from './locales/en.js';

/** The checklist progress the record carries: the page-wide checklist's (no `storage-key`). */
const CHECKLIST_KEY = 'ml-transition-kit:checklist';

export type RecordProblem = keyof PathStrings['recordErrors'];

/** What the element lends: its profile and path progress, a way to change each, focus and its error line. */
export interface RecordHost {
  profile(): ReaderProfile;
  updateProfile(profile: ReaderProfile): void;
  progress(): PathProgress;
  commitProgress(change: (latest: PathProgress) => PathProgress): void;
  requestUpdate(): void;
  focus(selector: string): void;
  fail(problem?: RecordProblem): void;
}

const checklistStore = () => createStore({ key: CHECKLIST_KEY, format: CHECKLIST_FORMAT, initial: emptyState, merge: mergeStates });

/** Checklists on this page hear of the change as other tabs would, and read it again. */
const tellChecklists = () => globalThis.dispatchEvent(new StorageEvent('storage', { key: CHECKLIST_KEY }));

/** A full copy of a profile as a patch: fields the record lacks are cleared, not kept. */
const wholeProfile = ({ specializations, level, style, structure, hoursPerWeek }: ReaderProfile): ReaderProfile => ({
  specializations,
  level,
  style,
  structure,
  hoursPerWeek,
});

export class RecordTools {
  private pending?: { record: KitRecord; changes: RecordChanges };
  private undoable?: { before: KitRecord; at: number; imported: ReaderProfile };
  private readonly host: RecordHost;

  constructor(host: RecordHost) {
    this.host = host;
  }

  private current(): KitRecord {
    return { profile: this.host.profile(), checklist: checklistStore().read(), path: this.host.progress() };
  }

  /** Any other change to the path progress ends the chance to undo. */
  forget(): void {
    this.undoable = undefined;
  }

  download(): void {
    downloadText('ml-transition-kit-record.json', 'application/json', recordText(this.current(), new Date()));
  }

  async importFile(file: File): Promise<void> {
    let text: string;
    try {
      text = await file.text();
    } catch {
      return this.host.fail('unreadable');
    }
    const result = readRecord(text);
    if (!result.ok) {
      this.pending = undefined;
      return this.host.fail(result.problem);
    }
    this.pending = { record: result.record, changes: recordChanges(this.current(), result.record) };
    this.host.fail();
    this.host.requestUpdate();
    this.host.focus('.record-confirm button');
  }

  private cancel(): void {
    this.pending = undefined;
    this.host.requestUpdate();
    this.host.focus('.record-import input');
  }

  private confirm(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    const at = Date.now();
    const before = this.current();
    const { record } = pending;
    this.host.updateProfile(wholeProfile(record.profile));
    checklistStore().update((latest: ChecklistState) => replaceState((before.checklist = latest), record.checklist, at));
    tellChecklists();
    this.host.commitProgress((latest) => replaceProgress((before.path = latest), record.path, at));
    this.undoable = { before, at, imported: record.profile };
    this.host.requestUpdate();
    this.host.focus('.record-status button');
  }

  /** Brings back what the import replaced, except entries changed since, here or in another tab. */
  private undo(): void {
    const undoable = this.undoable;
    if (!undoable) return;
    const now = Date.now();
    const { before, at, imported } = undoable;
    // The profile has no per-answer times: it goes back only if nobody changed it since the import.
    if (JSON.stringify(wholeProfile(this.host.profile())) === JSON.stringify(wholeProfile(imported))) {
      this.host.updateProfile(wholeProfile(before.profile));
    }
    checklistStore().update((latest: ChecklistState) => undoReplace(latest, before.checklist, at, now));
    tellChecklists();
    this.host.commitProgress((latest) => undoProgress(latest, before.path, at, now));
    this.undoable = undefined;
    this.host.requestUpdate();
    this.host.focus('.record-import input');
  }

  renderQuestion(strings: PathStrings): TemplateResult | typeof nothing {
    const pending = this.pending;
    if (!pending) return nothing;
    const lines = (Object.entries(pending.changes) as [keyof RecordChanges, number][]).flatMap(([part, count]) =>
      count ? [fill(strings.recordChanges[part], { count })] : [],
    );
    return html`<div class="record-confirm confirm" role="group" aria-labelledby="record-question" aria-describedby="record-changes">
      <p id="record-question">${strings.recordConfirm}</p>
      <ul id="record-changes">
        ${lines.length ? lines.map((line) => html`<li>${line}</li>`) : html`<li>${strings.recordSame}</li>`}
      </ul>
      <button type="button" @click=${() => this.confirm()}>${strings.recordYes}</button>
      <button type="button" class="secondary" @click=${() => this.cancel()}>${strings.cancel}</button>
    </div>`;
  }

  renderUndo(strings: PathStrings): TemplateResult | typeof nothing {
    return this.undoable
      ? html`<p>${strings.recordImported} <button type="button" class="secondary" @click=${() => this.undo()}>${strings.undo}</button></p>`
      : nothing;
  }
}
