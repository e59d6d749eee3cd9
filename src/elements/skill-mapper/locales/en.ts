import type { SkillMapperContent } from '../../../content/schema/skill-mapper.js';
import content from '../../../content/skill-mapper/en.json';
import common from '../../../content/common/ui.en.json';
import own from '../../../content/skill-mapper/ui.en.json';

const strings = { ...common, ...own };

export type SkillMapperStrings = typeof strings;

export interface SkillMapperLocale {
  strings: SkillMapperStrings;
  content: SkillMapperContent;
}

export default { strings, content: content as SkillMapperContent } satisfies SkillMapperLocale as SkillMapperLocale;
