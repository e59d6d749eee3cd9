/**
 * Size limits shared by the content schemas and saved state. One number per limit, so content that
 * validates can always be saved and read back (an id the schema accepts is an id storage accepts).
 * Generous for any real plan, finite so hostile content fails with a clear error instead of a hang.
 * Outside schema/ (whose modules travel in the on-demand validation chunk): saved-state parsing
 * reads these on every page.
 */
export const LIMITS = {
  /** Characters in an id. */
  idLength: 200,
  /** Characters in one text field of content. */
  textLength: 4000,
  /** Entries in one list of content (sections, items, specializations, resources...). */
  listEntries: 500,
  /** Ids a saved checklist or path state may hold (checked items, notes, set-aside entries). */
  savedIds: 2000,
  /** Characters in one reader note. */
  noteLength: 20_000,
} as const;
