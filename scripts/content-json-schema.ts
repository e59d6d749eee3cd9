// The JSON Schemas authors point their editor at (`"$schema": ".../skill-mapper.schema.json"`),
// generated from the valibot schemas the validators use, so the two cannot drift. Top-level lists
// are optional: an override in the default `extend` mode holds only what it adds or changes.
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { ChecklistContentSchema } from '../src/content/schema/checklist.js';
import { PathContentSchema } from '../src/content/schema/path.js';
import { SkillMapperContentSchema } from '../src/content/schema/skill-mapper.js';

const BASE = 'https://cdn.jsdelivr.net/npm/ml-transition-kit/dist/schema/';

const kinds = {
  'skill-mapper': SkillMapperContentSchema,
  'path-recommender': PathContentSchema,
  'transition-checklist': ChecklistContentSchema,
};

export function contentJsonSchemas(): Record<string, object> {
  return Object.fromEntries(
    Object.entries(kinds).map(([tag, schema]) => [
      `${tag}.schema.json`,
      {
        $schema: 'http://json-schema.org/draft-07/schema#',
        ...toJsonSchema(v.partial(schema), { errorMode: 'ignore' }),
        $id: `${BASE}${tag}.schema.json`,
        title: `<${tag}> content`,
        description: `Content for <${tag}>: bundled content follows it, and so does content a page adds with a src attribute or an inline <script type="application/json"> (content-mode extend or replace; replace needs every list).`,
      },
    ]),
  );
}
