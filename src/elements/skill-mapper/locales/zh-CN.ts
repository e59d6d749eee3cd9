// Loaded on demand: this module and its JSON become one chunk that only Simplified Chinese pages fetch.
import type { SkillMapperContent } from '../../../content/schema/skill-mapper.js';
import content from '../../../content/skill-mapper/zh-CN.json';
import common from '../../../content/common/ui.zh-CN.json';
import own from '../../../content/skill-mapper/ui.zh-CN.json';
import type { SkillMapperLocale, SkillMapperStrings } from './en.js';

// Typed against English, so a missing Chinese string fails the type check.
const zhStrings: SkillMapperStrings = { ...common, ...own };
const zhContent = content as SkillMapperContent;

export default { strings: zhStrings, content: zhContent } satisfies SkillMapperLocale;
