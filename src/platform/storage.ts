/**
 * Guarded, versioned persistence in localStorage, safe with the same key open in several tabs.
 * - Every storage call is wrapped: private modes, sandboxed iframes, disabled cookies and full
 *   quotas throw, and none of that may reach the host page.
 * - Saved values carry a version and are migrated forward one step at a time.
 * - Every change is a read-modify-write: it applies to the latest saved value merged with this
 *   tab's own (the store's `merge`), so changes two tabs make at once both survive.
 * - A value that cannot be understood is never overwritten before it is copied aside under its own
 *   key. Found on load, the reader starts fresh (`recovered`); saved by another tab, this tab keeps
 *   its own value, saves it again and says so (`overruled`). A newer version's value is left alone.
 * - When storage fails, values live in memory for the rest of the page's life (`status: 'memory'`).
 */
import { migrate, type Envelope, type VersionedFormat } from '../core/versioned.js';

export interface StoreOptions<T> {
  key: string;
  /** Version, migrations and shape check of what is saved under the key. */
  format: VersionedFormat<T>;
  initial: () => T;
  /**
   * Combines this tab's value with the one saved (by another tab), losing neither's changes.
   * Returns `saved` itself when this tab holds nothing newer. Without it, the saved value wins.
   */
  merge?: (mine: T, saved: T) => T;
}

export type StoreStatus = 'persistent' | 'memory';

export interface VersionedStore<T> {
  /** The latest value: what is saved, merged with this tab's own. */
  read(): T;
  /** Applies `change` to the latest value and saves the result, which it returns. */
  update(change: (latest: T) => T): T;
  readonly status: StoreStatus;
  /** True once unreadable saved data was set aside on load. */
  readonly recovered: boolean;
  /** True once another tab saved a value this one could not read; this tab kept its own. */
  readonly overruled: boolean;
  /** Calls `listener` when another tab saves this key; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

/** Shared by every store on the page, so two elements with one key agree even without storage. */
const memory = new Map<string, unknown>();

export function createStore<T>({ key, format, initial, merge = (_, saved) => saved }: StoreOptions<T>): VersionedStore<T> {
  let status: StoreStatus = 'persistent';
  let recovered = false;
  let overruled = false;
  /** This tab's value; undefined until first read. */
  let current: T | undefined;
  /** The saved text `current` already takes into account. */
  let seen: string | null | undefined;

  /** Runs one storage call; one that throws means there is no storage for the rest of the page. */
  const attempt = <R>(call: (storage: Storage) => R): R | undefined => {
    try {
      if (status === 'persistent') return call(globalThis.localStorage);
    } catch {
      status = 'memory';
    }
    return undefined;
  };

  const save = (data: T): T => {
    current = data;
    memory.set(key, data);
    const raw = JSON.stringify({ version: format.version, data } satisfies Envelope);
    attempt((storage) => storage.setItem(key, (seen = raw)));
    return data;
  };

  /** Copies an unreadable value aside; false when there is nowhere to keep it. */
  const setAside = (raw: string): boolean => {
    attempt((storage) => storage.setItem(`${key}:unreadable:${Date.now()}`, raw));
    return status === 'persistent';
  };

  const latest = (): T => {
    const raw = attempt((storage) => storage.getItem(key)) ?? null;
    if (status === 'memory') {
      return (current ??= (memory.get(key) as T | undefined) ?? initial());
    }
    if (current !== undefined && raw === seen) return current;
    seen = raw;
    if (raw === null) return (current = initial()); // nothing saved yet, or cleared on purpose
    let parsed: Partial<Envelope> | undefined;
    try {
      parsed = JSON.parse(raw) as Partial<Envelope>;
    } catch {
      // not JSON: unreadable, handled below
    }
    const saved = migrate(parsed, format);
    if (saved === undefined) {
      if (current === undefined) {
        // Start fresh under the same key only once the unreadable value is safely copied aside.
        recovered = true;
        if (setAside(raw)) attempt((storage) => storage.removeItem(key));
        return (current = initial());
      }
      overruled = true;
      if (!(Number(parsed?.version) > format.version) && setAside(raw)) save(current);
      return current;
    }
    if (current === undefined) return (current = saved);
    const merged = merge(current, saved);
    return merged === saved ? (current = saved) : save(merged);
  };

  return {
    get status() {
      return status;
    },
    get recovered() {
      return recovered;
    },
    get overruled() {
      return overruled;
    },
    read: latest,
    update: (change) => save(change(latest())),
    subscribe(listener) {
      const onStorage = (event: StorageEvent) => {
        if (event.key === key || event.key === null) listener();
      };
      globalThis.addEventListener?.('storage', onStorage);
      return () => globalThis.removeEventListener?.('storage', onStorage);
    },
  };
}
