/**
 * The content of <path-recommender>: a catalogue of resources and of learning phases built from
 * named parts of them. Which phases a reader gets, in what order, and how long they take is decided
 * by the rules in core/recommend-path.ts; content supplies the words, the parts and their hours.
 * README "The path model" explains how the two meet.
 */
import * as v from 'valibot';
import { HttpsUrlSchema, IdSchema, listOf, RESOURCE_LANGUAGES, SourceSchema, TextSchema } from './common.js';
import { LEARNING_STYLES, LEVELS } from '../path-values.js';

export const RESOURCE_FORMATS = ['course', 'book', 'docs', 'video', 'tutorial', 'program', 'competition', 'community'] as const;
export const RESOURCE_COSTS = ['free', 'paid', 'free-to-audit'] as const;

const Hours = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000));

/** Practice hours for a phase; 10,000 is five years full-time, which keeps a path's dates in a calendar. */
const PracticeHours = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));

export const EffortSchema = v.pipe(
  v.object({ min: PracticeHours, max: PracticeHours }),
  v.check((effort) => effort.min <= effort.max, 'min must not exceed max'),
);

/** A graded programme's term: the path counts its weeks, not the reader's pace. */
export const TermSchema = v.object({
  weeks: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(104)),
  /** Hours a week the programme expects. */
  load: EffortSchema,
  /** True when the programme admits students by application. */
  admission: v.boolean(),
  /** Cost, admission and term dates, as the programme states them. */
  facts: TextSchema,
});

export const ResourceSchema = v.object({
  id: IdSchema,
  title: TextSchema,
  /** Author(s) or publisher. */
  by: TextSchema,
  url: HttpsUrlSchema,
  format: v.picklist(RESOURCE_FORMATS),
  cost: v.picklist(RESOURCE_COSTS),
  /** The language the resource is written in. */
  lang: v.picklist(RESOURCE_LANGUAGES),
  /** Anything a reader must know first: another framework, a paywall, an account. */
  note: v.optional(TextSchema),
  term: v.optional(TermSchema),
});

/** The same part in another resource, e.g. a Chinese edition reachable from mainland China. */
export const AltSchema = v.object({ resource: IdSchema, part: v.optional(TextSchema) });

/** A named part of a resource and the honest hours it takes, practice included. */
export const PartSchema = v.object({
  resource: IdSchema,
  /** Chapters, lessons or weeks; omitted when the whole resource is meant. */
  part: v.optional(TextSchema),
  hours: Hours,
  /** Readers at this level or above already do this every day and skip the part. */
  knownFrom: v.optional(v.picklist(LEVELS)),
  /** The part belongs to one learning style only. */
  style: v.optional(v.picklist(LEARNING_STYLES)),
  alt: v.optional(listOf(AltSchema)),
});

/**
 * Reasons for a phase where its place or the reader's level changes why it is there. `early` is used
 * before the reader has studied the theory (phases ahead of the math phase, and the math phase itself
 * for theory-first readers), `late` after; a level's reason wins over both.
 */
export const ReasonsSchema = v.object({
  early: v.optional(TextSchema),
  late: v.optional(TextSchema),
  junior: v.optional(TextSchema),
  mid: v.optional(TextSchema),
  senior: v.optional(TextSchema),
  staff: v.optional(TextSchema),
  principal: v.optional(TextSchema),
});

export const PhaseSchema = v.object({
  id: IdSchema,
  title: TextSchema,
  goal: TextSchema,
  /** Why the phase is in the path, true wherever it lands; `reasons` refines it. */
  reason: TextSchema,
  reasons: v.optional(ReasonsSchema),
  milestone: TextSchema,
  parts: v.pipe(listOf(PartSchema), v.minLength(1, 'a phase needs at least one resource part')),
  /** Hours for the milestone beyond the parts themselves. */
  practice: EffortSchema,
  sources: listOf(IdSchema),
  /** A habit: runs alongside the path at about this many hours a week instead of taking weeks. */
  weekly: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20))),
  /** A habit starts once this phase is done (from the first week when the path lacks it). */
  after: v.optional(IdSchema),
});

/** What a specialization brings when it is not the reader's primary direction. */
export const AlsoSchema = v.object({
  /** The niche skill it adds to the direction phase. */
  skill: TextSchema,
  parts: listOf(PartSchema),
  /** Tools offered as options (resource ids), not counted in the estimate. */
  tools: listOf(IdSchema),
  /** Its first project, offered as an option. */
  project: TextSchema,
});

/** The niche phase for each target direction; ids match <skill-mapper>'s specializations. */
export const DirectionSchema = v.object({
  id: IdSchema,
  label: TextSchema,
  goal: TextSchema,
  reason: TextSchema,
  milestone: TextSchema,
  parts: v.pipe(listOf(PartSchema), v.minLength(1)),
  practice: EffortSchema,
  /** Level phases this direction overlaps: when one is in the path, the direction merges into it. */
  mergesInto: v.optional(listOf(IdSchema)),
  sources: v.optional(listOf(IdSchema)),
  also: AlsoSchema,
});

export const PathContentSchema = v.object({
  sources: listOf(SourceSchema),
  resources: listOf(ResourceSchema),
  phases: listOf(PhaseSchema),
  directions: listOf(DirectionSchema),
});

export type Resource = v.InferOutput<typeof ResourceSchema>;
export type Effort = v.InferOutput<typeof EffortSchema>;
export type Term = v.InferOutput<typeof TermSchema>;
export type Part = v.InferOutput<typeof PartSchema>;
export type Phase = v.InferOutput<typeof PhaseSchema>;
export type Direction = v.InferOutput<typeof DirectionSchema>;
export type PathContent = v.InferOutput<typeof PathContentSchema>;
