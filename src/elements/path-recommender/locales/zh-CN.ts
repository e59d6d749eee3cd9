// Loaded on demand: this module and its JSON become one chunk that only Simplified Chinese pages fetch.
import type { PathContent } from '../../../content/schema/path.js';
import content from '../../../content/path/zh-CN.json';
import common from '../../../content/common/ui.zh-CN.json';
import own from '../../../content/path/ui.zh-CN.json';
import type { PathLocale, PathStrings } from './en.js';

// Typed against English, so a missing Chinese string fails the type check.
const zhStrings: PathStrings = { ...common, ...own };

export default { strings: zhStrings, content: content as PathContent } satisfies PathLocale;
