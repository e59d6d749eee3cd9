/**
 * Reading a progress file a reader picked, and what importing it would change. Loaded only when a
 * reader imports, so most page views never download this code.
 */
import { differences } from './checklist-replace.js';
import { CHECKLIST_FORMAT, EXPORT_FORMAT, flatten, isRecord, type ChecklistState } from './checklist-state.js';
import { own } from './records.js';
import { migrate } from './versioned.js';

/** Saved or imported `{version, data}` as current progress, or undefined when unreadable. */
export const migrateChecklist = (envelope: unknown) => migrate(envelope, CHECKLIST_FORMAT);

export type ImportProblem = 'not-json' | 'foreign' | 'newer-version' | 'malformed';
export type ImportResult = { ok: true; state: ChecklistState } | { ok: false; problem: ImportProblem };

/** Reads an exported progress file; anything else is rejected with the reason, never thrown. */
export function importProgress(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) return { ok: false, problem: 'foreign' };
  if (typeof data.version === 'number' && data.version > CHECKLIST_FORMAT.version) return { ok: false, problem: 'newer-version' };
  const state = migrateChecklist({ version: data.version, data: data.state });
  return state ? { ok: true, state } : { ok: false, problem: 'malformed' };
}

/** How many check marks and notes an import adds and takes away; a rewritten note counts as both. */
export interface ImportChanges {
  checksGained: number;
  checksLost: number;
  notesGained: number;
  notesLost: number;
}

export function importChanges(current: ChecklistState, imported: ChecklistState): ImportChanges {
  const changed = differences(current, imported);
  const [before, after] = [flatten(current), flatten(imported)];
  return {
    checksGained: changed.checked.filter((id) => after.checked.has(id)).length,
    checksLost: changed.checked.filter((id) => before.checked.has(id)).length,
    notesGained: changed.notes.filter((id) => own(after.notes, id)).length,
    notesLost: changed.notes.filter((id) => own(before.notes, id)).length,
  };
}
