/**
 * The attributes and events of each element, as framework type declarations describe them.
 * Used by react.ts, preact.ts and vue.ts; keep in step with the elements' `static properties`.
 */
import type { LearningStyle, Level, Structure } from '../core/path-inputs.js';
import type { PathRecommenderChangeDetail } from '../elements/path-recommender/path-recommender.js';
import type { SkillMapperChangeDetail } from '../elements/skill-mapper/skill-mapper.js';
import type { TransitionChecklistChangeDetail } from '../elements/transition-checklist/transition-checklist.js';

interface CommonAttributes {
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
  src?: string;
  'content-mode'?: 'extend' | 'replace';
  'profile-group'?: string;
  /** The id of fallback content outside the tags, hidden once the element has rendered. */
  fallback?: string;
}

export interface SkillMapperAttributes extends CommonAttributes {
  /** Space-separated specialization ids, e.g. "backend mobile". */
  specialization?: string;
}

export interface PathRecommenderAttributes extends CommonAttributes {
  level?: Level;
  'learning-style'?: LearningStyle;
  structure?: Structure;
  'hours-per-week'?: number | `${number}`;
  direction?: string;
}

export interface TransitionChecklistAttributes extends CommonAttributes {
  'storage-key'?: string;
}

/** Event detail by event name, for analytics hooks. */
export interface ElementEvents {
  'skill-mapper-change': CustomEvent<SkillMapperChangeDetail>;
  'path-recommender-change': CustomEvent<PathRecommenderChangeDetail>;
  'transition-checklist-change': CustomEvent<TransitionChecklistChangeDetail>;
}
