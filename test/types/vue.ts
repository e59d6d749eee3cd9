// Type-checked by `npm run typecheck`: the props Vue templates get for the elements.
import type { GlobalComponents } from 'vue';
import type {} from '../../src/frameworks/vue.js';

type PropsOf<C> = C extends new (...args: never[]) => { $props: infer P } ? P : never;

export const mapper: PropsOf<GlobalComponents['skill-mapper']> = { specialization: 'backend', theme: 'auto' };
export const path: PropsOf<GlobalComponents['path-recommender']> = {
  level: 'staff',
  onPathRecommenderChange: (event) => event.detail.inputs.level,
};
// @ts-expect-error: not a level
export const wrong: PropsOf<GlobalComponents['path-recommender']> = { level: 'wizard' };
