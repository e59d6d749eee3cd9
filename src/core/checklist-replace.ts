/**
 * Replacing progress as a whole (a reset, an import) and undoing it, entry by entry, so changes
 * another tab made meanwhile survive both. Loaded only when a reader resets, undoes or imports.
 */
import { adopt, stamp, type Kind } from './checklist-merge.js';
import { flatten, type ChecklistState } from './checklist-state.js';
import { own } from './records.js';

/** Ids whose check mark, and ids whose note (empty counts as none), differ between `a` and `b`. */
export function differences(a: ChecklistState, b: ChecklistState): Record<Kind, string[]> {
  const [x, y] = [flatten(a), flatten(b)];
  const noteIds = new Set([...Object.keys(x.notes), ...Object.keys(y.notes)]);
  return {
    checked: [...new Set([...x.checked, ...y.checked])].filter((id) => x.checked.has(id) !== y.checked.has(id)),
    notes: [...noteIds].filter((id) => (own(x.notes, id) || '') !== (own(y.notes, id) || '')),
  };
}

/** `next` in place of `state` (a reset, an import), each entry that changes stamped `at`. */
export function replaceState(state: ChecklistState, next: ChecklistState, at: number): ChecklistState {
  return adopt(state, next, differences(state, next), () => at);
}

/**
 * Undoes the replacement made at `at`: entries it changed get their values from `before` again,
 * stamped `now`; entries changed since, here or in another tab, keep their later values.
 */
export function undoReplace(state: ChecklistState, before: ChecklistState, at: number, now: number): ChecklistState {
  const lastChangedByIt = (kind: Kind) => Object.keys(state.changed[kind]).filter((id) => stamp(state, kind, id) === at);
  return adopt(state, before, { checked: lastChangedByIt('checked'), notes: lastChangedByIt('notes') }, () => now);
}
