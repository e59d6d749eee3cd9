/**
 * The reader's progress through the transition checklist, as pure functions over plain data.
 * Progress refers to content only by stable ids, so rewording or adding items never loses a
 * check mark, and an id that disappears keeps its data aside (restored if the id comes back).
 */
import type { ChecklistContent } from '../content/schema/checklist.js';
import { LIMITS } from '../content/schema/limits.js';
import { idRecord } from './records.js';
import { migrate, type VersionedFormat } from './versioned.js';

export interface ChecklistState {
  /** Ids of checked items, in the order they were checked. */
  checked: string[];
  /** Notes per section id (a record without prototype: read it with `own`). */
  notes: Record<string, string>;
  /** Progress for ids the current content no longer has, kept rather than deleted. */
  aside: { checked: string[]; notes: Record<string, string> };
}

export type ChecklistAction =
  | { type: 'check'; itemId: string; checked: boolean }
  | { type: 'note'; sectionId: string; text: string }
  | { type: 'reset' };

export const emptyState = (): ChecklistState => ({ checked: [], notes: idRecord(), aside: { checked: [], notes: idRecord() } });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// The limits are the content schema's, so progress on any content that validates can be saved and
// read back; they also keep a hostile import or stored value from exhausting memory.
const isId = (id: unknown): id is string => typeof id === 'string' && id.length <= LIMITS.idLength;

const ids = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.length <= LIMITS.savedIds && value.every(isId) ? [...new Set(value)] : undefined;

const notes = (value: unknown): Record<string, string> | undefined => {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length > LIMITS.savedIds) return undefined;
  if (!entries.every(([key, text]) => isId(key) && typeof text === 'string' && text.length <= LIMITS.noteLength)) return undefined;
  return idRecord(entries as [string, string][]);
};

/** The state if `data` has the shape of saved progress (current version), else undefined. */
export function parseState(data: unknown): ChecklistState | undefined {
  if (!isRecord(data)) return undefined;
  const checked = ids(data.checked);
  const sectionNotes = notes(data.notes ?? {});
  const aside = isRecord(data.aside) ? data.aside : {};
  const asideChecked = ids(aside.checked ?? []);
  const asideNotes = notes(aside.notes ?? {});
  if (!checked || !sectionNotes || !asideChecked || !asideNotes) return undefined;
  return { checked, notes: sectionNotes, aside: { checked: asideChecked, notes: asideNotes } };
}

/** How progress is saved and exported: version 1 is the first; later shapes add migrations. */
export const CHECKLIST_FORMAT: VersionedFormat<ChecklistState> = { version: 1, parse: parseState };

/** Saved or imported `{version, data}` as current progress, or undefined when unreadable. */
export const migrateChecklist = (envelope: unknown) => migrate(envelope, CHECKLIST_FORMAT);

export function applyAction(state: ChecklistState, action: ChecklistAction): ChecklistState {
  switch (action.type) {
    case 'check': {
      const others = state.checked.filter((id) => id !== action.itemId);
      return { ...state, checked: action.checked ? [...others, action.itemId] : others };
    }
    case 'note':
      return { ...state, notes: idRecord([...Object.entries(state.notes), [action.sectionId, action.text.slice(0, LIMITS.noteLength)]]) };
    case 'reset':
      return emptyState();
  }
}

/**
 * Matches progress to the content in use: data for ids the content lacks moves aside, data set
 * aside earlier comes back when its id is in the content again. Nothing is ever dropped.
 */
export function reconcile(state: ChecklistState, content: ChecklistContent): ChecklistState {
  const itemIds = new Set(content.sections.flatMap((section) => section.items.map((item) => item.id)));
  const sectionIds = new Set(content.sections.map((section) => section.id));
  const allChecked = [...new Set([...state.checked, ...state.aside.checked])];
  const allNotes = idRecord([...Object.entries(state.aside.notes), ...Object.entries(state.notes)]);
  const split = (keep: (id: string) => boolean) => (entries: [string, string][]) => [
    idRecord(entries.filter(([id]) => keep(id))),
    idRecord(entries.filter(([id]) => !keep(id))),
  ];
  const [known, unknown] = split((id) => sectionIds.has(id))(Object.entries(allNotes));
  return {
    checked: allChecked.filter((id) => itemIds.has(id)),
    notes: known,
    aside: { checked: allChecked.filter((id) => !itemIds.has(id)), notes: unknown },
  };
}

export interface Progress {
  done: number;
  total: number;
}

/** Progress per section id and overall. */
export function progressOf(state: ChecklistState, content: ChecklistContent): { sections: Record<string, Progress>; overall: Progress } {
  const checked = new Set(state.checked);
  const sections = idRecord<Progress>();
  const overall = { done: 0, total: 0 };
  for (const section of content.sections) {
    const done = section.items.filter((item) => checked.has(item.id)).length;
    sections[section.id] = { done, total: section.items.length };
    overall.done += done;
    overall.total += section.items.length;
  }
  return { sections, overall };
}

/** What an export file says it is, so an import can tell our files from anything else. */
export const EXPORT_FORMAT = 'ml-transition-kit/checklist-progress';

export function exportProgress(state: ChecklistState, exportedAt: Date): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: CHECKLIST_FORMAT.version, exportedAt: exportedAt.toISOString(), state }, null, 2)}\n`;
}

export type ImportResult = { ok: true; state: ChecklistState } | { ok: false; problem: 'not-json' | 'foreign' | 'newer-version' | 'malformed' };

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
