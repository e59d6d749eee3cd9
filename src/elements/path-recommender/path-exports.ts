/**
 * The path's downloads: Markdown and an iCalendar file of its milestones. Loaded only when a
 * reader asks for one, so most page views never download this code.
 */
import { pathToIcs } from '../../core/ics.js';
import { pathToMarkdown } from '../../core/path-markdown.js';
import type { LearningPath } from '../../core/recommend-path.js';
import type { PathStrings } from './locales/en.js';

export function markdownOf(path: LearningPath, strings: PathStrings, directionLabel?: string): string {
  return pathToMarkdown(
    path,
    { ...strings, title: strings.markdownTitle, inputs: strings.markdownInputs },
    directionLabel,
  );
}

/** `start` is a YYYY-MM-DD date; an invalid one falls back to today. */
export function calendarOf(path: LearningPath, strings: PathStrings, start: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(start) && !Number.isNaN(Date.parse(start)) ? start : new Date().toISOString().slice(0, 10);
  return pathToIcs(path, new Date(`${day}T00:00:00Z`), { summary: strings.calendarSummary }, new Date());
}
