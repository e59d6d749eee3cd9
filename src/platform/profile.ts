/**
 * The reader's profile, shared by every element on the page: choose Backend in <skill-mapper>
 * and <path-recommender> follows, with no wiring by the embedder.
 * - One `ProfileStore` per group (`profile-group` attribute; '' is the page-wide default), saved
 *   through the guarded storage and followed across tabs through the `storage` event.
 * - An application can provide its own store with @lit/context (`profileContext`); elements inside
 *   that provider use it instead of the page-wide one.
 */
import { createContext } from '@lit/context';
import {
  HOURS_PER_WEEK,
  isOneOf,
  LEARNING_STYLES,
  LEVELS,
  STRUCTURES,
  toHoursPerWeek,
  type LearningStyle,
  type Level,
  type Structure,
} from '../core/path-inputs.js';
import { createStore, type StoreStatus, type VersionedStore } from './storage.js';

export interface ReaderProfile {
  /** Picked specialization ids; the first is the target direction of the learning path. */
  specializations: string[];
  /** True once the reader picked specializations: their list, even empty, then replaces the page's preset. */
  picked?: boolean;
  level?: Level;
  style?: LearningStyle;
  structure?: Structure;
  hoursPerWeek?: number;
}

export const PROFILE_STORAGE_KEY = 'ml-transition-kit:profile';

/** Keeps only the fields that are well-formed, so a damaged field never costs the others. */
export function parseProfile(data: unknown): ReaderProfile | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const raw = data as Record<string, unknown>;
  if (!Array.isArray(raw.specializations)) return undefined;
  const profile: ReaderProfile = {
    specializations: raw.specializations.filter((id): id is string => typeof id === 'string').slice(0, 50),
  };
  if (raw.picked === true) profile.picked = true;
  if (isOneOf(LEVELS, raw.level)) profile.level = raw.level;
  if (isOneOf(LEARNING_STYLES, raw.style)) profile.style = raw.style;
  if (isOneOf(STRUCTURES, raw.structure)) profile.structure = raw.structure;
  const hours = typeof raw.hoursPerWeek === 'number' ? toHoursPerWeek(raw.hoursPerWeek) : undefined;
  if (hours !== undefined && hours >= HOURS_PER_WEEK.min) profile.hoursPerWeek = hours;
  return profile;
}

/**
 * The specializations the reader picked, or undefined while they have not picked any (then each
 * element shows its page's preset). Profiles saved before `picked` existed count when not empty.
 */
export const readerSpecializations = (profile: ReaderProfile): string[] | undefined =>
  profile.picked || profile.specializations.length ? profile.specializations : undefined;

/** What elements need from a profile source; an application may provide its own. */
export interface ProfileSource extends EventTarget {
  readonly profile: ReaderProfile;
  /** 'memory' when changes cannot be saved beyond this page. */
  readonly status: StoreStatus;
  update(patch: Partial<ReaderProfile>): void;
}

export const PROFILE_CHANGE = 'profile-change';

export const profileContext = createContext<ProfileSource>('ml-transition-kit/profile');

/** A profile kept in guarded storage under one key, followed across tabs. */
export class ProfileStore extends EventTarget implements ProfileSource {
  private readonly store: VersionedStore<ReaderProfile>;
  private listening = false;

  constructor(key = PROFILE_STORAGE_KEY) {
    super();
    this.store = createStore({ key, format: { version: 1, parse: parseProfile }, initial: () => ({ specializations: [] }) });
  }

  /** Read from storage each time (a small JSON value), so no copy can go stale. */
  get profile(): ReaderProfile {
    this.followOtherTabs();
    return this.store.read();
  }

  get status(): StoreStatus {
    return this.store.status;
  }

  update(patch: Partial<ReaderProfile>): void {
    this.store.update((latest) => ({ ...latest, ...patch }));
    this.dispatchEvent(new Event(PROFILE_CHANGE));
  }

  /** Another tab saved the profile: tell the elements, which read it again. */
  private followOtherTabs(): void {
    if (this.listening) return;
    this.listening = true;
    this.store.subscribe(() => this.dispatchEvent(new Event(PROFILE_CHANGE)));
  }
}

/**
 * Page-wide stores live on globalThis under a registered symbol: <skill-mapper> from one CDN file
 * and <path-recommender> from another are separate module instances that must share one profile.
 */
const PAGE_STORES = Symbol.for('ml-transition-kit.page-profiles');

/** The page-wide profile of a group ('' by default), created on first use. */
export function pageProfile(group = ''): ProfileSource {
  const registry = globalThis as { [PAGE_STORES]?: Map<string, ProfileSource> };
  const stores = (registry[PAGE_STORES] ??= new Map());
  let store = stores.get(group);
  if (!store) {
    store = new ProfileStore(group ? `${PROFILE_STORAGE_KEY}:${group}` : PROFILE_STORAGE_KEY);
    stores.set(group, store);
  }
  return store;
}
