/**
 * Checklist progress from two tabs combined entry by entry: each item's check mark and each
 * section's note carries the time it last changed, and the later change wins. `adopt` also serves
 * resets, imports and undos (checklist-replace.ts). Results keep every entry in the main lists;
 * `reconcile` sorts them aside again.
 */
import { flatten, withEntry, type ChecklistState, type Stamps } from './checklist-state.js';
import { idRecord, own } from './records.js';

export type Kind = keyof Stamps;

/** `base` with the entries `ids` as `from` has them, each stamped by `stampOf`. */
export function adopt(base: ChecklistState, from: ChecklistState, ids: Record<Kind, string[]>, stampOf: (kind: Kind, id: string) => number): ChecklistState {
  const [mine, theirs] = [flatten(base), flatten(from)];
  let notes = mine.notes;
  for (const id of ids.checked) {
    if (theirs.checked.has(id)) mine.checked.add(id);
    else mine.checked.delete(id);
  }
  for (const id of ids.notes) notes = withEntry(notes, id, own(theirs.notes, id));
  const stamps = (kind: Kind) => idRecord([...Object.entries(base.changed[kind]), ...ids[kind].map((id) => [id, stampOf(kind, id)] as const)]);
  return {
    checked: [...mine.checked],
    notes,
    aside: { checked: [], notes: idRecord() },
    changed: { checked: stamps('checked'), notes: stamps('notes') },
  };
}

export const stamp = (state: ChecklistState, kind: Kind, id: string) => own(state.changed[kind], id) ?? 0;

/**
 * This tab's progress combined with the progress another tab saved: per entry, the later change
 * wins, and on a tie the saved one does. Returns `saved` itself when `mine` has nothing newer.
 */
export function mergeStates(mine: ChecklistState, saved: ChecklistState): ChecklistState {
  const newer = (kind: Kind) => Object.keys(mine.changed[kind]).filter((id) => stamp(mine, kind, id) > stamp(saved, kind, id));
  const ids = { checked: newer('checked'), notes: newer('notes') };
  if (ids.checked.length + ids.notes.length === 0) return saved;
  return adopt(saved, mine, ids, (kind, id) => stamp(mine, kind, id));
}
