/** The content of <skill-mapper>: specializations and the ML skills, roles and tools they lead to. */
import * as v from 'valibot';
import { HttpsUrlSchema, IdSchema, listOf, SourceSchema, TextSchema } from './common.js';

export type { Source } from './common.js';

export const MlSkillSchema = v.object({ id: IdSchema, label: TextSchema });

export const RoleSchema = v.object({ id: IdSchema, label: TextSchema, summary: TextSchema });

export const TransferSchema = v.object({
  id: IdSchema,
  label: TextSchema,
  detail: TextSchema,
  mapsTo: listOf(IdSchema),
});

export const LearnItemSchema = v.object({ id: IdSchema, label: TextSchema, why: TextSchema });

export const ToolSchema = v.object({ id: IdSchema, name: TextSchema, url: HttpsUrlSchema, use: TextSchema });

export const ProjectSchema = v.object({ title: TextSchema, description: TextSchema, proves: TextSchema });

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
