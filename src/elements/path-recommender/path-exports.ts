/**
 * The path's calendar: an iCalendar file of its milestones. Loaded only when a reader asks for
 * it, so most page views never download this code.
 */
import { fill } from '../../core/format.js';
import { calendarDay, latestCalendarStart, pathToIcs } from '../../core/ics.js';
import type { LearningPath } from '../../core/recommend-path.js';
import type { PathStrings } from './locales/en.js';

/**
 * The calendar from `start`, a YYYY-MM-DD day (anything else means today), or, when its milestones
 * would fall after the last day a calendar can hold, the reader's problem in their language.
 */
export function calendarOf(path: LearningPath, strings: PathStrings, start: string): { text: string } | { problem: string } {
  const day = calendarDay(start) ?? calendarDay(new Date().toISOString().slice(0, 10))!;
  const latest = latestCalendarStart(path);
  if (day > latest) return { problem: fill(strings.calendarTooLate, { date: latest.toISOString().slice(0, 10) }) };
  return { text: pathToIcs(path, day, { summary: strings.calendarSummary }, new Date()) };
}
