/**
 * The shape of the bundled advice, as valibot schemas. Types are inferred from the schemas so the
 * validator, the JSON Schema published for authors and the TypeScript types can never disagree.
 * Only structure lives here; cross-references (a `mapsTo` naming a known skill) are checked in
 * core/validate.ts.
 */
import * as v from 'valibot';

/** A stable, kebab-case id: saved state and embedder overrides refer to entries by it. */
export const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id such as "model-serving"'),
);

const TextSchema = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(4000));

/** Links in content are https only: no javascript: or data: URLs ever reach an href. */
const HttpsUrlSchema = v.pipe(v.string(), v.url(), v.startsWith('https://', 'must start with https://'));

export const SourceSchema = v.object({
  id: IdSchema,
  title: TextSchema,
  author: TextSchema,
  url: v.optional(HttpsUrlSchema),
});

export const MlSkillSchema = v.object({ id: IdSchema, label: TextSchema });

export const RoleSchema = v.object({ id: IdSchema, label: TextSchema, summary: TextSchema });

export const TransferSchema = v.object({
  id: IdSchema,
  label: TextSchema,
  detail: TextSchema,
  mapsTo: v.array(IdSchema),
});

export const LearnItemSchema = v.object({ id: IdSchema, label: TextSchema, why: TextSchema });

export const ToolSchema = v.object({ id: IdSchema, name: TextSchema, url: HttpsUrlSchema, use: TextSchema });

export const ProjectSchema = v.object({ title: TextSchema, description: TextSchema, proves: TextSchema });

export const SpecializationSchema = v.object({
  id: IdSchema,
  label: TextSchema,
  analogue: TextSchema,
  summary: TextSchema,
  transfers: v.array(TransferSchema),
  learn: v.array(LearnItemSchema),
  roles: v.array(IdSchema),
  tools: v.array(ToolSchema),
  firstProject: ProjectSchema,
  sources: v.array(IdSchema),
  /** Other specializations whose items this one includes (full-stack = frontend + backend). */
  combines: v.optional(v.array(IdSchema)),
});

export const SkillMapperContentSchema = v.object({
  sources: v.array(SourceSchema),
  mlSkills: v.array(MlSkillSchema),
  roles: v.array(RoleSchema),
  specializations: v.array(SpecializationSchema),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type MlSkill = v.InferOutput<typeof MlSkillSchema>;
export type Role = v.InferOutput<typeof RoleSchema>;
export type Transfer = v.InferOutput<typeof TransferSchema>;
export type LearnItem = v.InferOutput<typeof LearnItemSchema>;
export type Tool = v.InferOutput<typeof ToolSchema>;
export type Project = v.InferOutput<typeof ProjectSchema>;
export type Specialization = v.InferOutput<typeof SpecializationSchema>;
export type SkillMapperContent = v.InferOutput<typeof SkillMapperContentSchema>;
