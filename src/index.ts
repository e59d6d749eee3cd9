/**
 * The all-in-one entry: registers every element. The CDN build of this file is
 * `dist/cdn/ml-transition-kit.js`.
 */
export { SkillMapper } from './elements/skill-mapper/define.js';
export type { SkillMapperChangeDetail } from './elements/skill-mapper/skill-mapper.js';
export { VERSION } from './version.js';
