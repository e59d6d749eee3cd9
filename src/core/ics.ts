/**
 * An iCalendar (RFC 5545) file with one all-day event per milestone, so a reader can put the path
 * into the calendar they already use.
 */
import { fill } from './format.js';
import type { LearningPath } from './recommend-path.js';

export interface IcsLabels {
  /** "Milestone: {title}" */
  summary: string;
}

/**
 * Every line break some reader or lenient parser honours: CRLF, LF, CR, VT, FF, NEL, U+2028 and
 * U+2029. Each becomes one escaped `\n`, so no text can start a line (an ATTENDEE, a URL) of its own.
 */
const LINE_BREAK = /\r\n|[\n\v\f\r\x85\u2028\u2029]/g;
/** The other control characters (C0 but tab, DEL, C1), which RFC 5545 allows nowhere in TEXT. */
const CONTROL = /[\0-\x08\x0e-\x1f\x7f-\x9f]/g;

/** RFC 5545 TEXT: line breaks become `\n`, backslash, semicolon and comma are escaped, controls dropped. */
export function icsText(text: string): string {
  return text
    .replace(LINE_BREAK, '\n')
    .replace(CONTROL, '')
    .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/** UTF-8 octets of one code point; a lone surrogate is written as U+FFFD, three octets. */
function utf8Octets(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets (not characters: Chinese text is 3 octets a character). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const octets = utf8Octets(char);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + octets > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += octets;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const icsDate = (date: Date) => date.toISOString().slice(0, 10).replace(/-/g, '');
const icsStamp = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

const DAY = 86_400_000;
/** iCalendar years have four digits: its days run from 0001-01-01 to 9999-12-31. */
const FIRST_DAY = Date.parse('0001-01-01T00:00:00Z');
const LAST_DAY = Date.parse('9999-12-31T00:00:00Z');

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

/** Days from the start to the end of the last milestone (an all-day event ends the next day). */
const span = (path: LearningPath) => (path.weeks.max * 7 + 1) * DAY;

/** A `YYYY-MM-DD` day that exists (not 2027-02-31) and that calendars can hold, as midnight UTC. */
export function calendarDay(text: string): Date | undefined {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : undefined;
  return day && day.getTime() >= FIRST_DAY && day.toISOString().startsWith(text) ? day : undefined;
}

/** The latest start (a UTC day) whose milestones all fit in a calendar. */
export function latestCalendarStart(path: LearningPath): Date {
  return new Date(Math.max(FIRST_DAY, LAST_DAY - span(path)));
}

/**
 * Milestones fall at the end of each phase, planned at the upper end of its range so that the
 * dates are ones a reader can keep. `start` is a calendar date (its UTC day is used) from
 * 0001-01-01 to `latestCalendarStart(path)`; any other is a RangeError, never a malformed file.
 */
export function pathToIcs(path: LearningPath, start: Date, labels: IcsLabels, now: Date): string {
  const time = start.getTime();
  if (!(time >= FIRST_DAY && time + span(path) <= LAST_DAY)) {
    throw new RangeError(`iCalendar dates run from 0001-01-01 to 9999-12-31: the path cannot start on ${String(start)}`);
  }
  const events = path.phases.flatMap((phase, index) => {
    const day = addDays(start, phase.endsAfter.max * 7);
    return [
      'BEGIN:VEVENT',
      `UID:${icsDate(start)}-${index + 1}-${icsText(phase.id)}@ml-transition-kit`,
      `DTSTAMP:${icsStamp(now)}`,
      `DTSTART;VALUE=DATE:${icsDate(day)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(day, 1))}`,
      `SUMMARY:${icsText(fill(labels.summary, { title: phase.title }))}`,
      `DESCRIPTION:${icsText(phase.milestone)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ];
  });
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ml-transition-kit//path-recommender//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events,
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
