/**
 * The path's inputs as the reader reads them ("Senior", "Hours a week you can give: 8", "Backend"),
 * for the "Set by this page" note and the announcement of a change made elsewhere on the page.
 */
import type { PathInputs } from '../../core/path-inputs.js';
import type { ReaderProfile } from '../../platform/profile.js';
import type { PathLocale, PathStrings } from './locales/en.js';

const ANSWERS = ['level', 'style', 'structure', 'hoursPerWeek'] as const;

type Words = { strings: PathStrings; directions: PathLocale['content']['directions'] };

function describe({ strings, directions }: Words, key: (typeof ANSWERS)[number] | 'direction', inputs: Partial<PathInputs>): string[] {
  if (key === 'direction') {
    const ids = [inputs.direction, ...(inputs.also ?? [])];
    return directions.filter((d) => ids.includes(d.id)).map((d) => d.label);
  }
  const value = inputs[key];
  if (value === undefined) return [];
  return [typeof value === 'number' ? `${strings.hoursPerWeek}${strings.colon}${value}` : strings.values[value]];
}

/** The page's preset values still in use: those the reader has not answered. */
export function presetInUse(words: Words, preset: Partial<PathInputs>, profile: ReaderProfile, readerPicked: boolean): string[] {
  const unanswered = ANSWERS.filter((key) => profile[key] === undefined).flatMap((key) => describe(words, key, preset));
  return readerPicked ? unanswered : [...unanswered, ...describe(words, 'direction', preset)];
}

/** The values that differ between the inputs on screen before and now. */
export function changedValues(words: Words, before: PathInputs | undefined, now: PathInputs): string[] {
  const directions = (inputs?: PathInputs) => [inputs?.direction, ...(inputs?.also ?? [])].join();
  return [...ANSWERS, 'direction' as const]
    .filter((key) => (key === 'direction' ? directions(before) !== directions(now) : before?.[key] !== now[key]))
    .flatMap((key) => describe(words, key, now));
}
