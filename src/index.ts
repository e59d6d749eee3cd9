/**
 * The all-in-one entry: registers every element. The CDN build of this file is
 * `dist/cdn/ml-transition-kit.js`.
 */
export { SkillMapper } from './elements/skill-mapper/define.js';
export type { SkillMapperChangeDetail } from './elements/skill-mapper/skill-mapper.js';
export { PathRecommender } from './elements/path-recommender/define.js';
export type { PathRecommenderChangeDetail } from './elements/path-recommender/path-recommender.js';
export { TransitionChecklist } from './elements/transition-checklist/define.js';
export type { TransitionChecklistChangeDetail } from './elements/transition-checklist/transition-checklist.js';
export { profileContext, ProfileStore, type ProfileSource, type ReaderProfile } from './platform/profile.js';
export { VERSION } from './version.js';
