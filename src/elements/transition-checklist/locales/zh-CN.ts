// Loaded on demand: this module and its JSON become one chunk that only Simplified Chinese pages fetch.
import type { ChecklistContent } from '../../../content/schema/checklist.js';
import content from '../../../content/checklist/zh-CN.json';
import common from '../../../content/common/ui.zh-CN.json';
import own from '../../../content/checklist/ui.zh-CN.json';
import type { ChecklistLocale, ChecklistStrings } from './en.js';

// Typed against English, so a missing Chinese string fails the type check.
const zhStrings: ChecklistStrings = { ...common, ...own };

export default { strings: zhStrings, content: content as ChecklistContent } satisfies ChecklistLocale;
