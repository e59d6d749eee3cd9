/** The content of <skill-mapper>: specializations and the ML skills, roles and tools they lead to. */
import * as v from 'valibot';
import { HttpsUrlSchema, IdSchema, LinkedResourceSchema, listOf, SourceSchema, TextSchema } from './common.js';
import { LEARN_STAGES } from '../learn-stages.js';

export type { Source } from './common.js';

export const MlSkillSchema = v.object({ id: IdSchema, label: TextSchema });

/** A role told apart from its neighbours: a day in it, where it exists, and how people get there. */
export const RoleSchema = v.object({
  id: IdSchema,
  label: TextSchema,
  /** What a working day looks like. */
  day: TextSchema,
  /** Which companies and teams have the role. */
  where: TextSchema,
  /** A realistic first hop into it from software engineering. */
  firstHop: TextSchema,
});

export const TransferSchema = v.object({
  id: IdSchema,
  label: TextSchema,
  /** What carries over as it is. */
  detail: TextSchema,
  /** What changes once the same skill meets models and data. */
  changes: TextSchema,
  mapsTo: listOf(IdSchema),
});


export const LearnItemSchema = v.object({
  id: IdSchema,
  label: TextSchema,
  why: TextSchema,
  stage: v.picklist(LEARN_STAGES),
  resources: v.pipe(listOf(LinkedResourceSchema), v.minLength(1, 'a learning item needs a resource')),
});

export const ToolSchema = v.object({
  id: IdSchema,
  name: TextSchema,
  url: HttpsUrlSchema,
  /** What it is, in a line. */
  use: TextSchema,
  /** When to choose it over the alternatives. */
  when: TextSchema,
  /** A first task to do with it this week. */
  firstTask: TextSchema,
});

export const DatasetSchema = v.object({ name: TextSchema, url: HttpsUrlSchema });

export const ProjectSchema = v.object({
  title: TextSchema,
  /** The data set to start from. */
  dataset: DatasetSchema,
  /** The simple model or rule every result is compared against. */
  baseline: TextSchema,
  /** What to build, and what to leave out. */
  scope: TextSchema,
  /** What the project's README reports. */
  reports: TextSchema,
  /** What finishing it proves to a hiring manager. */
  proves: TextSchema,
});

export const SpecializationSchema = v.object({
  id: IdSchema,
  label: TextSchema,
  analogue: TextSchema,
  summary: TextSchema,
  transfers: listOf(TransferSchema),
  learn: listOf(LearnItemSchema),
  roles: listOf(IdSchema),
  tools: listOf(ToolSchema),
  firstProject: ProjectSchema,
  sources: listOf(IdSchema),
  /** Other specializations whose items this one includes (full-stack = frontend + backend). */
  combines: v.optional(listOf(IdSchema)),
});

export const SkillMapperContentSchema = v.object({
  sources: listOf(SourceSchema),
  mlSkills: listOf(MlSkillSchema),
  roles: listOf(RoleSchema),
  specializations: listOf(SpecializationSchema),
});

export type MlSkill = v.InferOutput<typeof MlSkillSchema>;
export type Role = v.InferOutput<typeof RoleSchema>;
export type Transfer = v.InferOutput<typeof TransferSchema>;
export type LearnItem = v.InferOutput<typeof LearnItemSchema>;
export type Tool = v.InferOutput<typeof ToolSchema>;
export type Project = v.InferOutput<typeof ProjectSchema>;
export type Specialization = v.InferOutput<typeof SpecializationSchema>;
export type SkillMapperContent = v.InferOutput<typeof SkillMapperContentSchema>;
