/**
 * Preact JSX types for the elements: `import type {} from 'ml-transition-kit/preact'` once, then
 * `<skill-mapper specialization="backend" />` type-checks.
 */
import type { JSX } from 'preact';
import type { PathRecommender } from '../elements/path-recommender/path-recommender.js';
import type { SkillMapper } from '../elements/skill-mapper/skill-mapper.js';
import type { TransitionChecklist } from '../elements/transition-checklist/transition-checklist.js';
import type { PathRecommenderAttributes, SkillMapperAttributes, TransitionChecklistAttributes } from './attributes.js';

type Props<E extends HTMLElement, A> = Omit<JSX.HTMLAttributes<E>, keyof A> & A;

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'skill-mapper': Props<SkillMapper, SkillMapperAttributes>;
      'path-recommender': Props<PathRecommender, PathRecommenderAttributes>;
      'transition-checklist': Props<TransitionChecklist, TransitionChecklistAttributes>;
    }
  }
}
