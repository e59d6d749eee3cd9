/** Registers `<skill-mapper>`: the side-effect entry (`ml-transition-kit/skill-mapper/define`). */
// Content first so the code sits together and compresses better (see src/index.ts).
import './locales/en.js';
import { SkillMapper } from './skill-mapper.js';

SkillMapper.define();

export { SkillMapper };
