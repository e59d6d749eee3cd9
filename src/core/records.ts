/**
 * Records keyed by ids from content, saved state, an imported file or the profile. They have no
 * prototype, and reads check for an own entry, so an id such as `constructor`, `toString` or
 * `__proto__` only ever finds the reader's own entry, never a member of Object.prototype.
 */

/** A record with no prototype, from `entries` (an entry named `__proto__` becomes an own entry). */
export const idRecord = <T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> =>
  Object.assign(Object.create(null) as Record<string, T>, Object.fromEntries(entries));

/** The entry `record` has of its own for `id`, else undefined. */
export const own = <T>(record: Readonly<Record<string, T>>, id: string): T | undefined =>
  Object.hasOwn(record, id) ? record[id] : undefined;
