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

/** RFC 5545 text escaping: backslash, semicolon, comma and newlines. */
export function icsText(text: string): string {
  return text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (not characters: Chinese text is 3 octets a character). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const octets = encoder.encode(char).length;
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

function addDays(date: Date, days: number): Date {
  const next = new Date(date.getTime());
  next.setUTCDate(next.getUTCDate() + days);
  return next;
}

/**
 * Milestones fall at the end of each phase, planned at the upper end of its range so that the
 * dates are ones a reader can keep. `start` is a calendar date (its UTC day is used).
 */
export function pathToIcs(path: LearningPath, start: Date, labels: IcsLabels, now: Date): string {
  const events = path.phases.flatMap((phase, index) => {
    const day = addDays(start, phase.endsAfter.max * 7);
    return [
      'BEGIN:VEVENT',
      `UID:${icsDate(start)}-${index + 1}-${phase.id}@ml-transition-kit`,
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
