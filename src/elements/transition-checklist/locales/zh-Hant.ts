// Loaded on demand: this module and its JSON become one chunk that only Traditional Chinese pages fetch.
// Its JSON is generated from the zh-CN files by `npm run gen:zh-hant`: edit those, not these.
import type { ChecklistContent } from '../../../content/schema/checklist.js';
import content from '../../../content/checklist/zh-Hant.json';
import common from '../../../content/common/ui.zh-Hant.json';
import own from '../../../content/checklist/ui.zh-Hant.json';
import type { ChecklistLocale, ChecklistStrings } from './en.js';

// Typed against English, so a missing string fails the type check.
const zhStrings: ChecklistStrings = { ...common, ...own };

export default { strings: zhStrings, content: content as ChecklistContent } satisfies ChecklistLocale;
