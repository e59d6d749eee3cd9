import type { PathContent } from '../../../content/schema/path.js';
import content from '../../../content/path/en.json';
import common from '../../../content/common/ui.en.json';
import own from '../../../content/path/ui.en.json';

const strings = { ...common, ...own };

export type PathStrings = typeof strings;

export interface PathLocale {
  strings: PathStrings;
  content: PathContent;
}

export default { strings, content: content as PathContent } satisfies PathLocale as PathLocale;
