/**
 * Extends bundled content with an embedder's: in every top-level list, an entry whose id matches
 * a bundled one replaces it in place, and a new id is appended. Other top-level values replace.
 * Also answers where each merged entry came from, so a problem found in the merged content can
 * be reported at its path in the embedder's own JSON.
 */
type WithId = { id: string };
type Content = Record<string, unknown>;

const isIdList = (value: unknown): value is WithId[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === 'object' && entry !== null && typeof (entry as WithId).id === 'string');

export interface Merged<T> {
  value: T;
  /** Maps a JSON path in the merged content to the embedder's JSON, or undefined if it is bundled. */
  overridePath(path: string): string | undefined;
}

export function mergeById<T extends object>(bundled: T, override: Partial<T>): Merged<T> {
  const merged: Content = { ...(bundled as Content) };
  const origins = new Map<string, Map<number, number>>(); // key -> merged index -> override index
  for (const [key, value] of Object.entries(override as Content)) {
    const base = merged[key];
    if (!isIdList(base) || !isIdList(value)) {
      merged[key] = value;
      if (Array.isArray(value)) origins.set(key, new Map(value.map((_, i) => [i, i])));
      continue;
    }
    const list = [...base];
    // Where each id sits in the merged list: one lookup per entry keeps the merge linear.
    const indexOf = new Map<string, number>();
    list.forEach((entry, index) => {
      if (!indexOf.has(entry.id)) indexOf.set(entry.id, index);
    });
    const origin = new Map<number, number>();
    value.forEach((entry, overrideIndex) => {
      let index = indexOf.get(entry.id);
      if (index === undefined) {
        index = list.push(entry) - 1;
        indexOf.set(entry.id, index);
      }
      list[index] = entry;
      origin.set(index, overrideIndex);
    });
    merged[key] = list;
    origins.set(key, origin);
  }
  return {
    value: merged as T,
    overridePath(path) {
      const match = /^\$\.(\w+)(?:\[(\d+)\])?(.*)$/.exec(path);
      if (!match) return undefined;
      const [, key, index, rest] = match;
      if (!(key in (override as Content))) return undefined;
      if (index === undefined) return path;
      const from = origins.get(key)?.get(Number(index));
      return from === undefined ? undefined : `$.${key}[${from}]${rest}`;
    },
  };
}
