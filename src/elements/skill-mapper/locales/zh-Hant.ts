// Loaded on demand: this module and its JSON become one chunk that only Traditional Chinese pages fetch.
// Its JSON is generated from the zh-CN files by `npm run gen:zh-hant`: edit those, not these.
import type { SkillMapperContent } from '../../../content/schema/skill-mapper.js';
import content from '../../../content/skill-mapper/zh-Hant.json';
import common from '../../../content/common/ui.zh-Hant.json';
import own from '../../../content/skill-mapper/ui.zh-Hant.json';
import type { SkillMapperLocale, SkillMapperStrings } from './en.js';

// Typed against English, so a missing string fails the type check.
const zhStrings: SkillMapperStrings = { ...common, ...own };
const zhContent = content as SkillMapperContent;

export default { strings: zhStrings, content: zhContent } satisfies SkillMapperLocale;
