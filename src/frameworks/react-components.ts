/**
 * React components for the elements, made with @lit/react: props reach the element as properties
 * and `on…` props become listeners set through a ref, so events fire after server rendering and
 * hydration too (Next.js), where React's own listeners for custom-element events do not.
 * Importing this module registers the three tags.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { PathRecommender as PathRecommenderElement, type PathRecommenderChangeDetail } from '../elements/path-recommender/path-recommender.js';
import { SkillMapper as SkillMapperElement, type SkillMapperChangeDetail } from '../elements/skill-mapper/skill-mapper.js';
import {
  TransitionChecklist as TransitionChecklistElement,
  type TransitionChecklistChangeDetail,
} from '../elements/transition-checklist/transition-checklist.js';
import '../elements/path-recommender/define.js';
import '../elements/skill-mapper/define.js';
import '../elements/transition-checklist/define.js';

/** `<SkillMapper specialization="backend" onSkillMapperChange={(e) => e.detail.specializations} />` */
export const SkillMapper = createComponent({
  react: React,
  tagName: 'skill-mapper',
  elementClass: SkillMapperElement,
  events: { onSkillMapperChange: 'skill-mapper-change' as EventName<CustomEvent<SkillMapperChangeDetail>> },
});

/** `<PathRecommender level="senior" onPathRecommenderChange={(e) => e.detail.weeks} />` */
export const PathRecommender = createComponent({
  react: React,
  tagName: 'path-recommender',
  elementClass: PathRecommenderElement,
  events: { onPathRecommenderChange: 'path-recommender-change' as EventName<CustomEvent<PathRecommenderChangeDetail>> },
});

/** `<TransitionChecklist storageKey="team-a" onTransitionChecklistChange={(e) => e.detail.done} />` */
export const TransitionChecklist = createComponent({
  react: React,
  tagName: 'transition-checklist',
  elementClass: TransitionChecklistElement,
  events: { onTransitionChecklistChange: 'transition-checklist-change' as EventName<CustomEvent<TransitionChecklistChangeDetail>> },
});
