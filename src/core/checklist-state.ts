/**
 * The reader's progress through the transition checklist, as pure functions over plain data.
 * Progress refers to content only by stable ids, so rewording or adding items never loses a
 * check mark, and an id that disappears keeps its data aside (restored if the id comes back).
 */
import type { ChecklistContent } from '../content/schema/checklist.js';
import { LIMITS } from '../content/limits.js';
import { idRecord } from './records.js';
import type { VersionedFormat } from './versioned.js';

export interface ChecklistState {
  /** Ids of checked items, in the order they were checked. */
  checked: string[];
  /** Notes per section id (a record without prototype: read it with `own`). */
  notes: Record<string, string>;
  /** Progress for ids the current content no longer has, kept rather than deleted. */
  aside: { checked: string[]; notes: Record<string, string> };
  /**
   * When each item's check mark and each section's note last changed (ms since 1970), so progress
   * from two tabs merges entry by entry (see checklist-merge.ts). Progress saved before has none.
   */
  changed: Stamps;
}

export interface Stamps {
  checked: Record<string, number>;
  notes: Record<string, number>;
}

export type ChecklistAction = { type: 'check'; itemId: string; checked: boolean } | { type: 'note'; sectionId: string; text: string };

export const emptyState = (): ChecklistState => ({
  checked: [],
  notes: idRecord(),
  aside: { checked: [], notes: idRecord() },
  changed: { checked: idRecord(), notes: idRecord() },
});

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// The limits are the content schema's, so progress on any content that validates can be saved and
// read back; they also keep a hostile import or stored value from exhausting memory.
const isId = (id: unknown): id is string => typeof id === 'string' && id.length <= LIMITS.idLength;

/** True when saved progress can hold `count` ids in one list (a content validator asks). */
export const canSave = (count: number) => count <= LIMITS.savedIds;

const ids = (value: unknown): string[] | undefined =>
  Array.isArray(value) && canSave(value.length) && value.every(isId) ? [...new Set(value)] : undefined;

/** Entries of `value` if it is a record of at most LIMITS.savedIds ids whose values pass `valid`. */
function entriesOf<T>(value: unknown, valid: (entry: unknown) => entry is T): Record<string, T> | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value);
  if (!canSave(entries.length) || !entries.every(([key, entry]) => isId(key) && valid(entry))) return undefined;
  return idRecord(entries as [string, T][]);
}

const isNote = (text: unknown): text is string => typeof text === 'string' && text.length <= LIMITS.noteLength;
const isTime = (time: unknown): time is number => typeof time === 'number' && Number.isFinite(time);

/** The state if `data` has the shape of saved progress (current version), else undefined. */
export function parseState(data: unknown): ChecklistState | undefined {
  if (!isRecord(data)) return undefined;
  const checked = ids(data.checked);
  const sectionNotes = entriesOf(data.notes ?? {}, isNote);
  const aside = isRecord(data.aside) ? data.aside : {};
  const asideChecked = ids(aside.checked ?? []);
  const asideNotes = entriesOf(aside.notes ?? {}, isNote);
  if (!checked || !sectionNotes || !asideChecked || !asideNotes) return undefined;
  // Stamps only steer merges between tabs: damaged ones are dropped, never a reason to refuse progress.
  const stamps = (kind: keyof Stamps) => entriesOf((data.changed as Partial<Stamps> | null | undefined)?.[kind], isTime) ?? idRecord();
  return {
    checked,
    notes: sectionNotes,
    aside: { checked: asideChecked, notes: asideNotes },
    changed: { checked: stamps('checked'), notes: stamps('notes') },
  };
}

/** How progress is saved and exported: version 1 is the first; later shapes add migrations. */
/** Where the checklist's progress is saved (a `storage-key` adds `:<key>`). */
export const CHECKLIST_STORAGE_KEY = 'ml-transition-kit:checklist';

export const CHECKLIST_FORMAT: VersionedFormat<ChecklistState> = { version: 1, parse: parseState };

/** A copy of `record` with `id` set to `value`, or without `id` when `value` is undefined. */
export function withEntry<T>(record: Record<string, T>, id: string, value: T | undefined): Record<string, T> {
  const copy = idRecord(Object.entries(record));
  if (value === undefined) delete copy[id];
  else copy[id] = value;
  return copy;
}

/** One change by the reader, stamped with its time `at`. */
export function applyAction(state: ChecklistState, action: ChecklistAction, at = Date.now()): ChecklistState {
  if (action.type === 'check') {
    const others = state.checked.filter((id) => id !== action.itemId);
    return {
      ...state,
      checked: action.checked ? [...others, action.itemId] : others,
      changed: { ...state.changed, checked: withEntry(state.changed.checked, action.itemId, at) },
    };
  }
  return {
    ...state,
    notes: withEntry(state.notes, action.sectionId, action.text.slice(0, LIMITS.noteLength)),
    changed: { ...state.changed, notes: withEntry(state.changed.notes, action.sectionId, at) },
  };
}

/** Every check mark and note in one place, the set-aside ones included. */
export function flatten(state: ChecklistState): { checked: Set<string>; notes: Record<string, string> } {
  return {
    checked: new Set([...state.checked, ...state.aside.checked]),
    notes: idRecord([...Object.entries(state.aside.notes), ...Object.entries(state.notes)]),
  };
}

/**
 * Matches progress to the content in use: data for ids the content lacks moves aside, data set
 * aside earlier comes back when its id is in the content again. Nothing is ever dropped.
 */
export function reconcile(state: ChecklistState, content: ChecklistContent): ChecklistState {
  const itemIds = new Set(content.sections.flatMap((section) => section.items.map((item) => item.id)));
  const sectionIds = new Set(content.sections.map((section) => section.id));
  const all = flatten(state);
  const checked = [...all.checked];
  const notes = Object.entries(all.notes);
  return {
    checked: checked.filter((id) => itemIds.has(id)),
    notes: idRecord(notes.filter(([id]) => sectionIds.has(id))),
    aside: { checked: checked.filter((id) => !itemIds.has(id)), notes: idRecord(notes.filter(([id]) => !sectionIds.has(id))) },
    changed: state.changed,
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
