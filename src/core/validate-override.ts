/**
 * Checks an embedder's content before it is used. `replace` content must be complete; `extend`
 * content may hold any of the top-level lists, and is checked both on its own (its structure) and
 * merged with the bundled content (its references). Problems always point into the embedder's JSON.
 */
import * as v from 'valibot';
import { mergeById } from './merge-by-id.js';
import { validate, type Validation } from './validate.js';

export type ContentMode = 'extend' | 'replace';

export interface ContentKind<T> {
  /** The complete content schema. */
  schema: v.ObjectSchema<v.ObjectEntries, undefined>;
  /** Structure and references of complete content. */
  validate: (input: unknown) => Validation<T>;
}

export function validateOverride<T extends object>(
  override: unknown,
  mode: ContentMode,
  bundled: T,
  kind: ContentKind<T>,
): Validation<T> {
  if (mode === 'replace') return kind.validate(override);
  const own = validate(v.partial(kind.schema), override);
  if (!own.ok) return own;
  const merged = mergeById(bundled, own.value as Partial<T>);
  const result = kind.validate(merged.value);
  if (result.ok) return result;
  return {
    ok: false,
    problems: result.problems.map((problem) => ({ ...problem, path: merged.overridePath(problem.path) ?? problem.path })),
  };
}
