// Loaded on demand: this module and its JSON become one chunk that only Traditional Chinese pages fetch.
// Its JSON is generated from the zh-CN files by `npm run gen:zh-hant`: edit those, not these.
import type { PathContent } from '../../../content/schema/path.js';
import content from '../../../content/path/zh-Hant.json';
import common from '../../../content/common/ui.zh-Hant.json';
import own from '../../../content/path/ui.zh-Hant.json';
import type { PathLocale, PathStrings } from './en.js';

// Typed against English, so a missing string fails the type check.
const zhStrings: PathStrings = { ...common, ...own };

export default { strings: zhStrings, content: content as PathContent } satisfies PathLocale;
