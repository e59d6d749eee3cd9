/**
 * Vue 3 template types for the elements: `import type {} from 'ml-transition-kit/vue'` once (and
 * tell the Vue compiler these tags are custom elements: `isCustomElement: (tag) => tag.includes('-')`).
 */
import type { DefineComponent } from 'vue';
import type { ElementEvents, PathRecommenderAttributes, SkillMapperAttributes, TransitionChecklistAttributes } from './attributes.js';

/** `skill-mapper-change` -> `SkillMapperChange`: the prop Vue compiles `@skill-mapper-change` to. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

type Component<A, Ev extends keyof ElementEvents> = DefineComponent<A & { [K in Ev as `on${Pascal<K>}`]?: (event: ElementEvents[K]) => void }>;

declare module 'vue' {
  interface GlobalComponents {
    'skill-mapper': Component<SkillMapperAttributes, 'skill-mapper-change'>;
    'path-recommender': Component<PathRecommenderAttributes, 'path-recommender-change'>;
    'transition-checklist': Component<TransitionChecklistAttributes, 'transition-checklist-change'>;
  }
}
