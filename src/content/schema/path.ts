/**
 * The content of <path-recommender>: a catalogue of learning phases and resources. Which phases
 * a reader gets, and in what order, is decided by the rules in core/recommend-path.ts; content
 * supplies the words, the effort and the resources for each phase.
 */
import * as v from 'valibot';
import { HttpsUrlSchema, IdSchema, listOf, SourceSchema, TextSchema } from './common.js';

export const RESOURCE_FORMATS = ['course', 'book', 'docs', 'video', 'tutorial', 'program', 'competition', 'community'] as const;
export const RESOURCE_COSTS = ['free', 'paid', 'free-to-audit'] as const;

export const ResourceSchema = v.object({
  id: IdSchema,
  title: TextSchema,
  /** Author(s) or publisher. */
  by: TextSchema,
  url: HttpsUrlSchema,
  format: v.picklist(RESOURCE_FORMATS),
  cost: v.picklist(RESOURCE_COSTS),
  /** Honest effort to get the value out of it, in hours. */
  hours: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
});

/** Hours for one phase; 10,000 is five years full-time, and keeps every path's dates in a calendar. */
const EffortHoursSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000));

export const EffortSchema = v.pipe(
  v.object({
    min: EffortHoursSchema,
    max: EffortHoursSchema,
  }),
  v.check((effort) => effort.min <= effort.max, 'min must not exceed max'),
);

export const PhaseSchema = v.object({
  id: IdSchema,
  title: TextSchema,
  goal: TextSchema,
  /** Why the phase is in the path, traced to the advice it comes from (see `sources`). */
  reason: TextSchema,
  milestone: TextSchema,
  /** Hours of study and practice the phase takes. */
  effort: EffortSchema,
  resources: v.pipe(listOf(IdSchema), v.minLength(1, 'a phase needs at least one resource')),
  sources: listOf(IdSchema),
});

/** The niche phase for each target direction; ids match <skill-mapper>'s specializations. */
export const DirectionSchema = v.object({
  id: IdSchema,
  label: TextSchema,
  goal: TextSchema,
  milestone: TextSchema,
  effort: EffortSchema,
  resources: v.pipe(listOf(IdSchema), v.minLength(1)),
});

export const PathContentSchema = v.object({
  sources: listOf(SourceSchema),
  resources: listOf(ResourceSchema),
  phases: listOf(PhaseSchema),
  directions: listOf(DirectionSchema),
});

export type Resource = v.InferOutput<typeof ResourceSchema>;
export type Effort = v.InferOutput<typeof EffortSchema>;
export type Phase = v.InferOutput<typeof PhaseSchema>;
export type Direction = v.InferOutput<typeof DirectionSchema>;
export type PathContent = v.InferOutput<typeof PathContentSchema>;
