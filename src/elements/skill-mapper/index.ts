/** The class only, without registering a tag (`ml-transition-kit/skill-mapper`). */
export { SkillMapper, type SkillMapperChangeDetail } from './skill-mapper.js';
