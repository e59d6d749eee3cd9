/**
 * The reader's profile: what every element on the page knows about the reader. Only the
 * specializations for now; later fields are added with a version bump and a migration.
 */
import { createStore, type VersionedStore } from './storage.js';

export interface ReaderProfile {
  specializations: string[];
}

export const PROFILE_STORAGE_KEY = 'ml-transition-kit:profile';

function parseProfile(data: unknown): ReaderProfile | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { specializations } = data as { specializations?: unknown };
  if (!Array.isArray(specializations)) return undefined;
  return { specializations: specializations.filter((id): id is string => typeof id === 'string') };
}

let store: VersionedStore<ReaderProfile> | undefined;

/** One store for the page, created on first use so importing this module touches no storage. */
export function profileStore(): VersionedStore<ReaderProfile> {
  store ??= createStore({
    key: PROFILE_STORAGE_KEY,
    version: 1,
    parse: parseProfile,
    initial: () => ({ specializations: [] }),
  });
  return store;
}
