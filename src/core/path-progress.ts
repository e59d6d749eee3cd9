/**
 * The reader's progress along their learning path, as pure functions over plain data.
 * - Progress names content only by stable ids (a phase's id, a resource's id), never by position
 *   or title, so rewording, reordering or a new path order loses nothing.
 * - Every entry is kept, even for phases and resources the current path lacks (another level or
 *   direction): those are "aside", not shown, and count again when the path holds them again.
 * - Every entry carries the time it last changed, and a cleared entry stays as `null` with its
 *   time, so two tabs merge entry by entry and the later change to each entry wins.
 */
import { LIMITS } from '../content/limits.js';
import { idRecord, own } from './records.js';
import type { VersionedFormat } from './versioned.js';

/** A phase or its milestone is done; a resource is started or done. */
export type Mark = 'started' | 'done';

/** A value and when it last changed (ms since 1970); `null` is a value the reader cleared. */
export interface Stamped<T> {
  value: T | null;
  at: number;
}

export interface PathProgress {
  /** Keyed `phase:<phase id>`, `milestone:<phase id>` or `resource:<phase id>/<resource id>` (see `markKey`). */
  marks: Record<string, Stamped<Mark>>;
  /** Hours studied per ISO week, keyed `YYYY-Www`. */
  hours: Record<string, Stamped<number>>;
}

export type MarkKind = 'phase' | 'milestone' | 'resource';

export const markKey = (kind: MarkKind, id: string) => `${kind}:${id}`;

/**
 * A resource's marks belong to it within a phase: one book can serve two phases with different
 * chapters, and both ids are stable where a part's wording is not.
 */
export const resourceId = (phaseId: string, resource: string) => `${phaseId}/${resource}`;

export const emptyProgress = (): PathProgress => ({ marks: idRecord(), hours: idRecord() });

/** The most hours one week can hold: there are 168 in it. */
export const WEEK_HOURS = 168;

export type PathAction =
  | { type: 'mark'; kind: MarkKind; id: string; mark: Mark | null }
  | { type: 'hours'; week: string; hours: number };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (time: unknown): time is number => typeof time === 'number' && Number.isFinite(time);
const MARK_KEY = /^(phase|milestone|resource):(.+)$/s;
// A resource's key holds two ids: the phase's and the resource's.
const isMarkKey = (key: string) => key.length <= 2 * LIMITS.idLength + 'milestone:/'.length && MARK_KEY.test(key);
export const WEEK_KEY = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;
const isMark = (value: unknown): value is Mark | null => value === null || value === 'started' || value === 'done';
const isHours = (value: unknown): value is number | null =>
  value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= WEEK_HOURS);

/** Entries of `value` when it is a record of at most LIMITS.savedIds valid stamped entries. */
function stampedOf<T>(value: unknown, validKey: (key: string) => boolean, valid: (v: unknown) => v is T | null) {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length > LIMITS.savedIds) return undefined;
  const ok = entries.every(([key, entry]) => validKey(key) && isRecord(entry) && isTime(entry.at) && valid(entry.value));
  return ok ? idRecord(entries.map(([key, entry]) => [key, { value: (entry as Stamped<T>).value, at: (entry as Stamped<T>).at }] as const)) : undefined;
}

/** The progress if `data` has the shape of saved progress (current version), else undefined. */
export function parseProgress(data: unknown): PathProgress | undefined {
  if (!isRecord(data)) return undefined;
  const marks = stampedOf(data.marks, isMarkKey, isMark);
  const hours = stampedOf(data.hours, (key) => WEEK_KEY.test(key), isHours);
  return marks && hours ? { marks, hours } : undefined;
}

/** How path progress is saved and exported: version 1 is the first; later shapes add migrations. */
export const PATH_PROGRESS_FORMAT: VersionedFormat<PathProgress> = { version: 1, parse: parseProgress };

const withStamped = <T>(record: Record<string, Stamped<T>>, key: string, value: T | null, at: number) =>
  idRecord([...Object.entries(record), [key, { value, at }] as const]);

/** One change by the reader, stamped with its time `at`. Hours are whole, from 0 to a week's 168. */
export function applyPathAction(progress: PathProgress, action: PathAction, at = Date.now()): PathProgress {
  if (action.type === 'mark') {
    return { ...progress, marks: withStamped(progress.marks, markKey(action.kind, action.id), action.mark, at) };
  }
  if (!WEEK_KEY.test(action.week)) return progress;
  const hours = Math.min(WEEK_HOURS, Math.max(0, Math.round(action.hours)));
  return { ...progress, hours: withStamped(progress.hours, action.week, hours || null, at) };
}

export const markOf = (progress: PathProgress, kind: MarkKind, id: string): Mark | undefined =>
  own(progress.marks, markKey(kind, id))?.value ?? undefined;

export const hoursIn = (progress: PathProgress, week: string): number => own(progress.hours, week)?.value ?? 0;

/** Weeks with hours logged, oldest first, with their hours. */
export const loggedWeeks = (progress: PathProgress): [string, number][] =>
  Object.entries(progress.hours)
    .flatMap(([week, entry]) => (entry.value ? [[week, entry.value] as [string, number]] : []))
    .sort(([a], [b]) => (a < b ? -1 : 1));

/**
 * Progress from two tabs combined: per entry, the later change wins; on a tie the saved one does.
 * Returns `saved` itself when `mine` holds nothing newer, so the store need not write again.
 */
export function mergeProgress(mine: PathProgress, saved: PathProgress): PathProgress {
  let changed = false;
  const merge = <T>(a: Record<string, Stamped<T>>, b: Record<string, Stamped<T>>) => {
    const result = idRecord(Object.entries(b));
    for (const [key, entry] of Object.entries(a)) {
      if (entry.at > (own(b, key)?.at ?? -Infinity)) {
        result[key] = entry;
        changed = true;
      }
    }
    return result;
  };
  const merged = { marks: merge(mine.marks, saved.marks), hours: merge(mine.hours, saved.hours) };
  return changed ? merged : saved;
}

/** Marks the path in use has no place for: kept, not shown, and back when the path holds their ids again. */
export function asideCount(progress: PathProgress, phaseIds: Iterable<string>, resourceIds: Iterable<string>): number {
  const inPath = new Set([...[...phaseIds].flatMap((id) => [markKey('phase', id), markKey('milestone', id)]), ...[...resourceIds].map((id) => markKey('resource', id))]);
  return Object.entries(progress.marks).filter(([key, entry]) => entry.value !== null && !inPath.has(key)).length;
}
