/**
 * Saved data travels as `{version, data}`. Reading it brings old versions forward one step at a
 * time and checks the shape; anything that cannot be understood yields undefined, never a throw.
 */
export interface VersionedFormat<T> {
  /** The version this code writes. */
  version: number;
  /** `migrations[n]` turns data of version n into data of version n + 1. */
  migrations?: Readonly<Record<number, (data: unknown) => unknown>>;
  /** The data when it has the current shape, else undefined. */
  parse: (data: unknown) => T | undefined;
}

export interface Envelope {
  version: number;
  data: unknown;
}

export function migrate<T>(envelope: unknown, format: VersionedFormat<T>): T | undefined {
  try {
    if (typeof envelope !== 'object' || envelope === null) return undefined;
    const { version, data } = envelope as Partial<Envelope>;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > format.version) return undefined;
    let current = data;
    for (let from = version; from < format.version; from++) {
      const step = format.migrations?.[from];
      if (!step) return undefined;
      current = step(current);
    }
    return format.parse(current);
  } catch {
    return undefined; // a migration that throws on odd data means the data is unreadable
  }
}
