/**
 * Replacing path progress as a whole (an import of the kit's record) and undoing it, entry by
 * entry, so what another tab changed meanwhile survives both. Loaded only when a reader imports.
 */
import type { PathProgress, Stamped } from './path-progress.js';
import { idRecord, own } from './records.js';

type Part = keyof PathProgress;
const PARTS: Part[] = ['marks', 'hours'];

const valueOf = (progress: PathProgress, part: Part, key: string) => own<Stamped<unknown>>(progress[part], key)?.value ?? null;

/** Keys, per part, whose value differs between `a` and `b` (a cleared entry equals a missing one). */
export function progressDifferences(a: PathProgress, b: PathProgress): Record<Part, string[]> {
  const differ = (part: Part) =>
    [...new Set([...Object.keys(a[part]), ...Object.keys(b[part])])].filter((key) => valueOf(a, part, key) !== valueOf(b, part, key));
  return { marks: differ('marks'), hours: differ('hours') };
}

/** `base` with the entries `keys` as `from` has them, each stamped `at`. */
function adopt(base: PathProgress, from: PathProgress, keys: Record<Part, string[]>, at: number): PathProgress {
  const result = { marks: idRecord(Object.entries(base.marks)), hours: idRecord(Object.entries(base.hours)) } as PathProgress;
  for (const part of PARTS) {
    for (const key of keys[part]) (result[part] as Record<string, Stamped<unknown>>)[key] = { value: valueOf(from, part, key), at };
  }
  return result;
}

/** `next` in place of `progress`, each entry that changes stamped `at`. */
export const replaceProgress = (progress: PathProgress, next: PathProgress, at: number) =>
  adopt(progress, next, progressDifferences(progress, next), at);

/**
 * Undoes the replacement made at `at`: entries it changed get their values from `before` again,
 * stamped `now`; entries changed since, here or in another tab, keep their later values.
 */
export function undoProgress(progress: PathProgress, before: PathProgress, at: number, now: number): PathProgress {
  const changedByIt = (part: Part) => Object.entries(progress[part]).flatMap(([key, entry]) => (entry.at === at ? [key] : []));
  return adopt(progress, before, { marks: changedByIt('marks'), hours: changedByIt('hours') }, now);
}
