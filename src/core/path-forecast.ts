/**
 * How long the rest of the path takes: once at the hours a week the reader said, and, after two
 * weeks with logged hours, at the pace they actually kept over the last weeks. Ranges, never
 * deadlines: both come from the remaining phases' hour ranges. Weeks are ISO weeks (Monday first)
 * of the reader's own calendar day. Pure: the clock is an argument.
 */
import { loggedWeeks, markOf, type PathProgress } from './path-progress.js';
import { weeksFor, type LearningPath, type WeekRange } from './recommend-path.js';
import type { Effort } from '../content/schema/path.js';

const DAY = 86_400_000;
/** The actual pace is the average over at most this many of the latest weeks. */
export const PACE_WEEKS = 4;

/** The reader's calendar day as midnight UTC, so week arithmetic never meets a DST change. */
export const dayOf = (now: Date) => new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));

const weekday = (day: Date) => (day.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6

/** The ISO week of a UTC day, as `YYYY-Www`. */
export function isoWeek(day: Date): string {
  const thursday = new Date(day.getTime() + (3 - weekday(day)) * DAY);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY / 7);
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** The Monday that starts ISO week `key` (`YYYY-Www`). */
export function mondayOf(key: string): Date {
  const [year, week] = key.split('-W').map(Number);
  const january4 = new Date(Date.UTC(year, 0, 4));
  return new Date(january4.getTime() - weekday(january4) * DAY + (week - 1) * 7 * DAY);
}

const weeksBetween = (from: string, to: string) => Math.round((mondayOf(to).getTime() - mondayOf(from).getTime()) / DAY / 7);
const addWeeks = (key: string, weeks: number) => isoWeek(new Date(mondayOf(key).getTime() + weeks * 7 * DAY));

export interface Finish {
  weeks: WeekRange;
  /** First and last likely finish day (UTC days). */
  from: Date;
  to: Date;
}

export interface ActualPace extends Finish {
  /** Average hours a week over `first`…`last` (ISO weeks, both included). */
  hours: number;
  first: string;
  last: string;
}

export interface Forecast {
  /** Hours left in the phases not marked done. */
  remaining: Effort;
  said: Finish;
  /** Undefined until two weeks have logged hours (or when the pace kept is zero). */
  actual?: ActualPace;
}

/** Hours the phases not yet marked done still take. */
export function remainingEffort(path: LearningPath, progress: PathProgress): Effort {
  return path.phases
    .filter((phase) => markOf(progress, 'phase', phase.id) !== 'done')
    .reduce((total, phase) => ({ min: total.min + phase.effort.min, max: total.max + phase.effort.max }), { min: 0, max: 0 });
}

/** Weeks for `effort` at `pace`; nothing left takes no weeks. */
function finish(effort: Effort, pace: number, today: Date): Finish {
  const weeks = effort.max === 0 ? { min: 0, max: 0 } : weeksFor(effort, pace);
  return { weeks, from: new Date(today.getTime() + weeks.min * 7 * DAY), to: new Date(today.getTime() + weeks.max * 7 * DAY) };
}

/**
 * The pace kept: the average over the latest PACE_WEEKS weeks, ending this week when it has hours
 * (else last week, which is complete), and starting no earlier than the first logged week, so
 * weeks before the reader began do not count as zero. Needs two weeks with hours in that window.
 */
export function actualPace(progress: PathProgress, now: Date): { hours: number; first: string; last: string } | undefined {
  const logged = loggedWeeks(progress);
  if (logged.length < 2) return undefined;
  const thisWeek = isoWeek(dayOf(now));
  const byWeek = new Map(logged);
  const last = byWeek.has(thisWeek) ? thisWeek : addWeeks(thisWeek, -1);
  const earliest = addWeeks(last, 1 - PACE_WEEKS);
  const first = logged[0][0] > earliest ? logged[0][0] : earliest;
  const inWindow = logged.filter(([week]) => week >= first && week <= last);
  if (inWindow.length < 2) return undefined;
  const total = inWindow.reduce((sum, [, hours]) => sum + hours, 0);
  return { hours: Math.round((total / (weeksBetween(first, last) + 1)) * 10) / 10, first, last };
}

export function forecast(path: LearningPath, progress: PathProgress, now: Date): Forecast {
  const today = dayOf(now);
  const remaining = remainingEffort(path, progress);
  const pace = actualPace(progress, now);
  return {
    remaining,
    said: finish(remaining, path.inputs.hoursPerWeek, today),
    actual: pace && pace.hours > 0 ? { ...pace, ...finish(remaining, pace.hours, today) } : undefined,
  };
}

/**
 * The path still ahead at `pace` hours a week: phases marked done left out, the others' weeks
 * and ends recomputed from today, so a calendar made from it follows the forecast.
 */
export function pathAhead(path: LearningPath, progress: PathProgress, pace: number): LearningPath {
  let elapsed: WeekRange = { min: 0, max: 0 };
  const phases = path.phases
    .filter((phase) => markOf(progress, 'phase', phase.id) !== 'done')
    .map((phase) => {
      // A graded programme's term keeps its weeks; the reader's pace cannot shorten it.
      const weeks = phase.term ? phase.weeks : weeksFor(phase.effort, pace);
      elapsed = { min: elapsed.min + weeks.min, max: elapsed.max + weeks.max };
      return { ...phase, weeks, endsAfter: elapsed };
    });
  return { ...path, phases, weeks: elapsed };
}
