/**
 * `ml-transition-kit/react`:
 * - React components (`SkillMapper`, `PathRecommender`, `TransitionChecklist`, see
 *   react-components.ts), for server rendering (Next.js) and anywhere events must survive hydration;
 * - React 19 JSX types for the bare tags: `import type {} from 'ml-transition-kit/react'` once, then
 *   `<skill-mapper specialization="backend" onskill-mapper-change={...} />` type-checks. React 19
 *   passes these props to custom elements and wires `on<event-name>` props as event listeners on
 *   the client; after server rendering, use the components.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { PathRecommender } from '../elements/path-recommender/path-recommender.js';
import type { SkillMapper } from '../elements/skill-mapper/skill-mapper.js';
import type { TransitionChecklist } from '../elements/transition-checklist/transition-checklist.js';
import type { ElementEvents, PathRecommenderAttributes, SkillMapperAttributes, TransitionChecklistAttributes } from './attributes.js';

type Props<E extends HTMLElement, A, Ev extends keyof ElementEvents> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof A> &
  A & { class?: string } & { [K in Ev as `on${K}`]?: (event: ElementEvents[K]) => void };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'skill-mapper': Props<SkillMapper, SkillMapperAttributes, 'skill-mapper-change'>;
      'path-recommender': Props<PathRecommender, PathRecommenderAttributes, 'path-recommender-change'>;
      'transition-checklist': Props<TransitionChecklist, TransitionChecklistAttributes, 'transition-checklist-change'>;
    }
  }
}

export { PathRecommender, SkillMapper, TransitionChecklist } from './react-components.js';
