/**
 * The reader's inputs to the path: their answers, kept in the shared profile so every element of
 * the kit on the page reads them, over the page's preset (the element's attributes or
 * properties), over defaults; and what an answer writes and announces.
 */
import { toOneOf } from '../../core/coerce.js';
import { DEFAULT_INPUTS, LEARNING_STYLES, LEVELS, readHoursPerWeek, STRUCTURES, type PathInputs } from '../../core/path-inputs.js';
import { readerSpecializations, type ReaderProfile } from '../../platform/profile.js';
import { readInput } from '../../platform/read-input.js';
import type { PathRecommenderChangeDetail } from './path-recommender.js';

/** The element as its preset: the properties a page set, to any value. */
type PresetHost = HTMLElement & { level?: unknown; learningStyle?: unknown; structure?: unknown; hoursPerWeek?: unknown; direction?: unknown };

/**
 * The page's preset: the inputs its attributes or properties set and the element understands.
 * `quiet` while an embedder's content loads: the directions it adds are only known once it has.
 */
export function readPreset(host: PresetHost, directionIds: string[], quiet: boolean): Partial<PathInputs> {
  // Read here, not when set: a value of any type, set at any moment of loading, reads the same.
  return {
    level: readInput(host, 'level', host.level, (v) => toOneOf(LEVELS, v)),
    style: readInput(host, 'learning-style', host.learningStyle, (v) => toOneOf(LEARNING_STYLES, v)),
    structure: readInput(host, 'structure', host.structure, (v) => toOneOf(STRUCTURES, v)),
    hoursPerWeek: readInput(host, 'hours-per-week', host.hoursPerWeek, readHoursPerWeek),
    direction: readInput(host, 'direction', host.direction, (v) => toOneOf(directionIds, v), { quiet }),
  };
}

/** The inputs the path is computed from: the reader's answers, else the page's preset, else defaults. */
export function mergeInputs(profile: ReaderProfile, preset: Partial<PathInputs>, directionIds: string[]): PathInputs {
  const picked = readerSpecializations(profile);
  const direction = picked ? toOneOf(directionIds, picked[0]) : preset.direction;
  return {
    level: profile.level ?? preset.level ?? DEFAULT_INPUTS.level,
    style: profile.style ?? preset.style ?? DEFAULT_INPUTS.style,
    structure: profile.structure ?? preset.structure ?? DEFAULT_INPUTS.structure,
    hoursPerWeek: profile.hoursPerWeek ?? preset.hoursPerWeek ?? DEFAULT_INPUTS.hoursPerWeek,
    direction,
    // The reader's other specializations, in the order they picked them.
    also: picked?.filter((id) => id !== direction) ?? [],
  };
}

/** What the reader's change to an input writes to the shared profile. */
export function answerPatch(profile: ReaderProfile, patch: Partial<PathInputs>): Partial<ReaderProfile> {
  const { direction, ...profilePatch }: Partial<PathInputs> & Partial<ReaderProfile> = patch;
  if (direction !== undefined) {
    // The main direction is the first specialization; the reader's other picks stay and keep
    // their order. The first answer replaces the page's preset.
    const others = readerSpecializations(profile)?.filter((id) => id !== direction) ?? [];
    profilePatch.specializations = direction ? [direction, ...others] : others;
    profilePatch.picked = true;
  }
  return profilePatch;
}

/** `path-recommender-change`, for the element to fire once the profile holds the answer. */
export const changeEvent = (detail: PathRecommenderChangeDetail) =>
  new CustomEvent<PathRecommenderChangeDetail>('path-recommender-change', { detail, bubbles: true, composed: true });
