/** Registers `<skill-mapper>`: the side-effect entry (`ml-transition-kit/skill-mapper/define`). */
import { SkillMapper } from './skill-mapper.js';

SkillMapper.define();

export { SkillMapper };
