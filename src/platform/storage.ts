/**
 * Guarded, versioned persistence in localStorage.
 * - Every storage call is wrapped: private modes, sandboxed iframes, disabled cookies and full
 *   quotas throw, and none of that may reach the host page.
 * - Saved values carry a version and are migrated forward one step at a time.
 * - A value that cannot be understood is never overwritten: it is copied aside under its own key
 *   and the reader starts fresh, with `recovered` set so the element can say so.
 * - When storage fails, values live in memory for the rest of the page's life (`status: 'memory'`).
 */
import { migrate, type Envelope, type VersionedFormat } from '../core/versioned.js';

export interface StoreOptions<T> {
  key: string;
  /** Version, migrations and shape check of what is saved under the key. */
  format: VersionedFormat<T>;
  initial: () => T;
}

export type StoreStatus = 'persistent' | 'memory';

export interface VersionedStore<T> {
  read(): T;
  write(data: T): void;
  readonly status: StoreStatus;
  /** True once unreadable saved data was set aside during this page's life. */
  readonly recovered: boolean;
  /** Calls `listener` when another tab saves this key; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

/** Shared by every store on the page, so two elements with one key agree even without storage. */
const memory = new Map<string, unknown>();

function localStorageOrUndefined(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function createStore<T>(options: StoreOptions<T>): VersionedStore<T> {
  const { key, format, initial } = options;
  let status: StoreStatus = 'persistent';
  let recovered = false;

  const fallBackToMemory = () => {
    status = 'memory';
  };

  const setAside = (storage: Storage, raw: string) => {
    recovered = true;
    try {
      storage.setItem(`${key}:unreadable:${Date.now()}`, raw);
    } catch {
      fallBackToMemory(); // nowhere to keep it; the original key is still untouched
    }
  };

  const decode = (raw: string): T | undefined => {
    try {
      return migrate(JSON.parse(raw), format);
    } catch {
      return undefined;
    }
  };

  return {
    get status() {
      return status;
    },
    get recovered() {
      return recovered;
    },
    read() {
      const storage = localStorageOrUndefined();
      if (status === 'memory' || !storage) {
        fallBackToMemory();
        return memory.has(key) ? (memory.get(key) as T) : initial();
      }
      try {
        const raw = storage.getItem(key);
        if (raw === null) return initial();
        const value = decode(raw);
        if (value !== undefined) return value;
        setAside(storage, raw);
        // Start fresh under the same key only after the unreadable value is safely copied aside.
        if (status === 'persistent') storage.removeItem(key);
        return initial();
      } catch {
        fallBackToMemory();
        return memory.has(key) ? (memory.get(key) as T) : initial();
      }
    },
    subscribe(listener) {
      const onStorage = (event: StorageEvent) => {
        if (event.key === key || event.key === null) listener();
      };
      globalThis.addEventListener?.('storage', onStorage);
      return () => globalThis.removeEventListener?.('storage', onStorage);
    },
    write(data) {
      memory.set(key, data);
      const storage = localStorageOrUndefined();
      if (status === 'memory' || !storage) {
        fallBackToMemory();
        return;
      }
      try {
        storage.setItem(key, JSON.stringify({ version: format.version, data } satisfies Envelope));
      } catch {
        fallBackToMemory();
      }
    },
  };
}
