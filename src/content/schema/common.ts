/**
 * Building blocks shared by every element's content schema. Types are inferred from the valibot
 * schemas, so the validator, the JSON Schema published for authors and the TypeScript types can
 * never disagree. Only structure lives in schema/; cross-references (an id naming a known entry)
 * are checked by the validators in core/.
 */
import * as v from 'valibot';
import { LIMITS } from '../limits.js';

/** A stable, kebab-case id: saved state and embedder overrides refer to entries by it. */
export const IdSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id such as "model-serving"'),
);

export const TextSchema = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(LIMITS.textLength, `must be at most ${LIMITS.textLength} characters`),
);

/** Links in content are https only: no javascript: or data: URLs ever reach an href. */
export const HttpsUrlSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.textLength, `must be at most ${LIMITS.textLength} characters`),
  v.url(),
  v.startsWith('https://', 'must start with https://'),
);

/**
 * A list of content entries, capped so that hostile content fails with a clear error instead of
 * keeping the page busy: every list in every schema is one of these.
 */
export const listOf = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(item), v.maxLength(LIMITS.listEntries, `must have at most ${LIMITS.listEntries} entries`));

/**
 * The language a resource, or a source's published title, is written in: 'zh' is Chinese in
 * Simplified characters, 'zh-Hant' in Traditional. A page marks resources whose language differs
 * from its own, so readers know.
 */
export const RESOURCE_LANGUAGES = ['en', 'zh', 'zh-Hant'] as const;

export const SourceSchema = v.object({
  id: IdSchema,
  /** The published title, or for an untitled source a description in the content's language. */
  title: TextSchema,
  author: TextSchema,
  url: v.optional(HttpsUrlSchema),
  /**
   * The language of a published title. The title is marked with it (screen readers switch voice,
   * browsers pick the right glyphs) and is shown as published in every language of the kit.
   */
  lang: v.optional(v.picklist(RESOURCE_LANGUAGES)),
});

/**
 * A named resource to study, with the part a reader should use and the hours that part takes.
 * The same shape serves every element, so a resource reads the same wherever it appears.
 */
export const LinkedResourceSchema = v.object({
  title: TextSchema,
  /** Author(s) or publisher. */
  by: TextSchema,
  url: HttpsUrlSchema,
  /** Chapters, lessons or weeks to use; omitted when the whole resource is meant. */
  part: v.optional(TextSchema),
  /** Honest hours for that part, practice included. */
  hours: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
  lang: v.picklist(RESOURCE_LANGUAGES),
  /** Anything a reader must know first: another framework, a paywall, an account. */
  note: v.optional(TextSchema),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type LinkedResource = v.InferOutput<typeof LinkedResourceSchema>;
