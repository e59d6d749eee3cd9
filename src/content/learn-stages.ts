/**
 * Where a learning item sits in any merged list: foundations before the math, the math before the
 * niche, production last. Merging several specializations sorts by stage, so a combination never
 * lists an advanced niche topic before the fundamentals it builds on. Kept apart from the valibot
 * schema so the element can sort without loading the validator.
 */
export const LEARN_STAGES = ['foundations', 'math', 'niche', 'production'] as const;

export type LearnStage = (typeof LEARN_STAGES)[number];
