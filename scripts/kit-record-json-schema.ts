// The JSON Schema of the kit's record (one file with the reader's profile, checklist progress and
// path progress), published beside the content schemas. Enums and limits come from the code that
// reads the record (src/platform/kit-record.ts), so the two cannot drift; README "Saved state"
// explains the fields.
import { LIMITS } from '../src/content/limits.js';
import { LEARNING_STYLES, LEVELS, STRUCTURES } from '../src/content/path-values.js';
import { HOURS_PER_WEEK } from '../src/core/path-inputs.js';
import { WEEK_HOURS } from '../src/core/path-progress.js';
import { RECORD_FORMAT, RECORD_VERSION } from '../src/platform/kit-record.js';

const BASE = 'https://cdn.jsdelivr.net/npm/ml-transition-kit/dist/schema/';
const id = { type: 'string', maxLength: LIMITS.idLength };
const ids = { type: 'array', items: id, maxItems: LIMITS.savedIds };
const byId = (value: object) => ({ type: 'object', additionalProperties: value, maxProperties: LIMITS.savedIds });
const time = { type: 'number', description: 'When the entry last changed, in ms since 1970; the later change wins when tabs merge.' };
const stamped = (value: object) => ({
  type: 'object',
  required: ['value', 'at'],
  properties: { value: { anyOf: [value, { type: 'null' }], description: 'null: the reader cleared it.' }, at: time },
});
const envelope = (description: string, data: object) => ({
  type: 'object',
  description,
  required: ['version', 'data'],
  properties: { version: { const: 1 }, data },
});
const note = { type: 'string', maxLength: LIMITS.noteLength };

export function recordJsonSchema(): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${BASE}kit-record.schema.json`,
    title: 'ml-transition-kit record',
    description:
      "The reader's whole record: answers, checklist progress and notes, path progress and logged hours. <path-recommender> exports and imports it.",
    type: 'object',
    required: ['format', 'version', 'profile', 'checklist', 'path'],
    properties: {
      format: { const: RECORD_FORMAT },
      version: { const: RECORD_VERSION },
      exportedAt: { type: 'string', format: 'date-time' },
      profile: {
        type: 'object',
        required: ['specializations'],
        properties: {
          specializations: { type: 'array', items: { type: 'string' }, maxItems: 50, description: 'The first is the main direction.' },
          level: { enum: [...LEVELS] },
          style: { enum: [...LEARNING_STYLES] },
          structure: { enum: [...STRUCTURES] },
          hoursPerWeek: { type: 'integer', minimum: HOURS_PER_WEEK.min, maximum: HOURS_PER_WEEK.max },
        },
      },
      checklist: envelope('Checklist progress, as <transition-checklist> saves it.', {
        type: 'object',
        required: ['checked'],
        properties: {
          checked: ids,
          notes: byId(note),
          aside: { type: 'object', properties: { checked: ids, notes: byId(note) } },
          changed: { type: 'object', properties: { checked: byId(time), notes: byId(time) } },
        },
      }),
      path: envelope('Path progress and logged hours, as <path-recommender> saves them.', {
        type: 'object',
        required: ['marks', 'hours'],
        properties: {
          marks: {
            type: 'object',
            maxProperties: LIMITS.savedIds,
            description: 'phase:<phase id> and milestone:<phase id> are done; resource:<phase id>/<resource id> is started or done.',
            patternProperties: { '^(phase|milestone|resource):.+$': stamped({ enum: ['started', 'done'] }) },
            additionalProperties: false,
          },
          hours: {
            type: 'object',
            maxProperties: LIMITS.savedIds,
            description: 'Hours studied per ISO week (YYYY-Www).',
            patternProperties: { '^\\d{4}-W(0[1-9]|[1-4]\\d|5[0-3])$': stamped({ type: 'number', minimum: 0, maximum: WEEK_HOURS }) },
            additionalProperties: false,
          },
        },
      }),
    },
  };
}
