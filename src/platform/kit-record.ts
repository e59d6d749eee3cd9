/**
 * One record for the whole kit: the reader's profile, checklist progress and notes, and path
 * progress and logged hours, in one versioned JSON file that imports back. Pure reading and
 * writing; loaded only when a reader exports or imports. README "Saved state" documents the
 * format, and dist/schema/kit-record.schema.json describes it.
 */
import { differences } from '../core/checklist-replace.js';
import { CHECKLIST_FORMAT, isRecord, type ChecklistState } from '../core/checklist-state.js';
import { PATH_PROGRESS_FORMAT, type PathProgress } from '../core/path-progress.js';
import { progressDifferences } from '../core/path-progress-replace.js';
import { migrate } from '../core/versioned.js';
import { parseProfile, type ReaderProfile } from './profile.js';

export const RECORD_FORMAT = 'ml-transition-kit/record';
/** Version 1 is the first; a later shape adds a migration from each older one. */
export const RECORD_VERSION = 1;

export interface KitRecord {
  profile: ReaderProfile;
  checklist: ChecklistState;
  path: PathProgress;
}

export function recordText(record: KitRecord, exportedAt: Date): string {
  const { profile, checklist, path } = record;
  return `${JSON.stringify(
    {
      format: RECORD_FORMAT,
      version: RECORD_VERSION,
      exportedAt: exportedAt.toISOString(),
      profile,
      checklist: { version: CHECKLIST_FORMAT.version, data: checklist },
      path: { version: PATH_PROGRESS_FORMAT.version, data: path },
    },
    null,
    2,
  )}\n`;
}

export type RecordProblem = 'notJson' | 'notOurs' | 'newer' | 'damaged';
export type RecordResult = { ok: true; record: KitRecord } | { ok: false; problem: RecordProblem };

/** Reads a record file; anything else is refused with the reason, never thrown. */
export function readRecord(text: string): RecordResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  if (!isRecord(data) || data.format !== RECORD_FORMAT) return { ok: false, problem: 'notOurs' };
  const newer = (part: unknown, version: number) => isRecord(part) && typeof part.version === 'number' && part.version > version;
  if (Number(data.version) > RECORD_VERSION || newer(data.checklist, CHECKLIST_FORMAT.version) || newer(data.path, PATH_PROGRESS_FORMAT.version)) {
    return { ok: false, problem: 'newer' };
  }
  const profile = data.version === RECORD_VERSION ? parseProfile(data.profile) : undefined;
  const checklist = migrate(data.checklist, CHECKLIST_FORMAT);
  const path = migrate(data.path, PATH_PROGRESS_FORMAT);
  return profile && checklist && path ? { ok: true, record: { profile, checklist, path } } : { ok: false, problem: 'damaged' };
}

export interface RecordChanges {
  /** 1 when the answers (level, style, structure, hours, directions) differ, else 0. */
  profile: number;
  checklist: number;
  marks: number;
  hours: number;
}

const sameProfile = (a: ReaderProfile, b: ReaderProfile) =>
  JSON.stringify([a.specializations, a.level, a.style, a.structure, a.hoursPerWeek]) ===
  JSON.stringify([b.specializations, b.level, b.style, b.structure, b.hoursPerWeek]);

/** What importing `next` over `current` would change, counted per part. */
export function recordChanges(current: KitRecord, next: KitRecord): RecordChanges {
  const checklist = differences(current.checklist, next.checklist);
  const path = progressDifferences(current.path, next.path);
  return {
    profile: sameProfile(current.profile, next.profile) ? 0 : 1,
    checklist: checklist.checked.length + checklist.notes.length,
    marks: path.marks.length,
    hours: path.hours.length,
  };
}
