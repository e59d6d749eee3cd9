/**
 * Validation of content against its schema plus the cross-references a schema cannot express.
 * It never throws: whatever the input (an embedder's JSON, a corrupted file), the caller gets
 * every problem with the JSON path it sits at, so the page can show all of them at once.
 */
import * as v from 'valibot';

export interface Problem {
  /** Where the problem is, as a JSON path: `$.specializations[2].mapsTo[0]`. */
  path: string;
  /** A machine-readable kind ('type', 'regex', 'unknown-id', 'duplicate-id', ...) to localize by. */
  code: string;
  /** An English explanation, for logs and for authors reading the console. */
  message: string;
  /** The bound a size problem broke ('max_length', 'max_entries', 'max_value'), to tell the reader. */
  limit?: number;
}

export type Validation<T> = { ok: true; value: T; problems: [] } | { ok: false; problems: Problem[] };

type PathKey = string | number;

export function jsonPath(keys: readonly PathKey[]): string {
  return keys.reduce<string>(
    (path, key) =>
      typeof key === 'number'
        ? `${path}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `${path}.${key}`
          : `${path}[${JSON.stringify(key)}]`,
    '$',
  );
}

function keysOf(issue: v.BaseIssue<unknown>): PathKey[] {
  return (issue.path ?? []).map((item) => item.key as PathKey);
}

function problemOf(issue: v.BaseIssue<unknown>): Problem {
  // Valibot says max_length for lists and text alike; a reader needs "too many entries" for a list.
  const code = issue.type === 'max_length' && Array.isArray(issue.input) ? 'max_entries' : issue.type;
  const limit = code.startsWith('max_') && typeof issue.requirement === 'number' ? { limit: issue.requirement } : {};
  return { path: jsonPath(keysOf(issue)), code, message: issue.message, ...limit };
}

/** Checks that run only once the structure is known to be right. */
export type CrossCheck<T> = (value: T, report: (keys: PathKey[], code: string, message: string) => void) => void;

export function validate<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  crossCheck?: CrossCheck<T>,
): Validation<T> {
  try {
    const result = v.safeParse(schema, input, { abortEarly: false });
    if (!result.success) {
      return { ok: false, problems: result.issues.map(problemOf) };
    }
    const problems: Problem[] = [];
    crossCheck?.(result.output, (keys, code, message) => problems.push({ path: jsonPath(keys), code, message }));
    return problems.length === 0 ? { ok: true, value: result.output, problems: [] } : { ok: false, problems };
  } catch (error) {
    // A getter that throws or a structure too deep to walk: still a report, never an exception.
    return { ok: false, problems: [{ path: '$', code: 'unreadable', message: `content could not be read: ${String(error)}` }] };
  }
}

/** Reports every entry whose id repeats an earlier one in the same list. */
export function checkUniqueIds(
  items: readonly { id: string }[],
  keys: PathKey[],
  report: Parameters<CrossCheck<unknown>>[1],
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) report([...keys, index, 'id'], 'duplicate-id', `id "${item.id}" is used twice`);
    seen.add(item.id);
  });
  return seen;
}

/** Reports every reference that names no known id. */
export function checkReferences(
  ids: readonly string[],
  known: ReadonlySet<string>,
  keys: PathKey[],
  report: Parameters<CrossCheck<unknown>>[1],
): void {
  ids.forEach((id, index) => {
    if (!known.has(id)) report([...keys, index], 'unknown-id', `"${id}" is not a known id`);
  });
}
