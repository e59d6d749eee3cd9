// The JSON Schema authors point their editor at; generated from the same valibot schema the
// validator uses, so the two cannot drift.
import { toJsonSchema } from '@valibot/to-json-schema';
import { SkillMapperContentSchema } from '../src/content/schema/skill-mapper.js';

export function contentJsonSchema() {
  return {
    ...toJsonSchema(SkillMapperContentSchema, { errorMode: 'ignore' }),
    $id: 'https://unpkg.com/ml-transition-kit/dist/schema/content.schema.json',
    title: 'ml-transition-kit content',
    description: 'Advice content for <skill-mapper>. Bundled content follows it; embedder overrides are checked against it.',
  };
}
