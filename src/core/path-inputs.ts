/** What a reader tells <path-recommender> about themselves, and the values each input allows. */
import { LEARNING_STYLES, LEVELS, STRUCTURES } from '../content/path-values.js';

export { LEARNING_STYLES, LEVELS, STRUCTURES };
export const HOURS_PER_WEEK = { min: 1, max: 60, default: 6 } as const;

export type Level = (typeof LEVELS)[number];
export type LearningStyle = (typeof LEARNING_STYLES)[number];
export type Structure = (typeof STRUCTURES)[number];

export interface PathInputs {
  level: Level;
  style: LearningStyle;
  structure: Structure;
  hoursPerWeek: number;
  /** The primary specialization id; its niche phase joins the path when the content has one. */
  direction?: string;
  /** The reader's other specializations, in the order picked: each adds its niche skill and options. */
  also?: readonly string[];
}

export const DEFAULT_INPUTS: PathInputs = {
  level: 'mid',
  style: 'code-first',
  structure: 'self-paced',
  hoursPerWeek: HOURS_PER_WEEK.default,
};

export const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

/** Whole hours a week within the range the estimate makes sense for; anything else is undefined. */
export function toHoursPerWeek(value: unknown): number | undefined {
  const hours = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof hours !== 'number' || !Number.isFinite(hours)) return undefined;
  return Math.min(HOURS_PER_WEEK.max, Math.max(HOURS_PER_WEEK.min, Math.round(hours)));
}

/** Hours a week as a page sets them: a whole number from 1 to 60, as a number or as text. */
export function readHoursPerWeek(value: unknown): number | undefined {
  const hours = toHoursPerWeek(value);
  return hours === (typeof value === 'string' ? Number(value) : value) ? hours : undefined;
}
