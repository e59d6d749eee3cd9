/**
 * The content of <transition-checklist>: the seven steps, the bonus practices and the alternative
 * routes, each with checkable actions. Every section and item has a stable id: saved progress
 * refers to them, so rewording an item never loses a reader's check mark.
 */
import * as v from 'valibot';
import { IdSchema, listOf, SourceSchema, TextSchema } from './common.js';

export const SECTION_KINDS = ['step', 'practice', 'route'] as const;

export const ChecklistItemSchema = v.object({ id: IdSchema, text: TextSchema });

export const RealityCheckSchema = v.object({ id: IdSchema, title: TextSchema, text: TextSchema });

export const ChecklistSectionSchema = v.object({
  id: IdSchema,
  /** `step`: one of the seven steps; `practice`: a bonus practice; `route`: an alternative way in. */
  kind: v.picklist(SECTION_KINDS),
  title: TextSchema,
  summary: TextSchema,
  items: v.pipe(listOf(ChecklistItemSchema), v.minLength(1, 'a section needs at least one item')),
  realityChecks: v.optional(listOf(RealityCheckSchema)),
  sources: listOf(IdSchema),
});

export const ChecklistContentSchema = v.object({
  sources: listOf(SourceSchema),
  sections: listOf(ChecklistSectionSchema),
});

export type ChecklistItem = v.InferOutput<typeof ChecklistItemSchema>;
export type RealityCheck = v.InferOutput<typeof RealityCheckSchema>;
export type ChecklistSection = v.InferOutput<typeof ChecklistSectionSchema>;
export type ChecklistContent = v.InferOutput<typeof ChecklistContentSchema>;
