/**
 * The values a reader's path inputs take. Plain constants, no valibot, and outside schema/ (whose
 * modules travel in the on-demand validation chunk): the elements import them at run time through
 * core/path-inputs.ts, and the schema uses them to check content that names a level or a style.
 */
export const LEVELS = ['junior', 'mid', 'senior', 'staff', 'principal'] as const;
export const LEARNING_STYLES = ['code-first', 'theory-first'] as const;
export const STRUCTURES = ['self-paced', 'structured'] as const;
