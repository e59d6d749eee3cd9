import type { ChecklistContent } from '../../../content/schema/checklist.js';
import content from '../../../content/checklist/en.json';
import common from '../../../content/common/ui.en.json';
import own from '../../../content/checklist/ui.en.json';

const strings = { ...common, ...own };

export type ChecklistStrings = typeof strings;

export interface ChecklistLocale {
  strings: ChecklistStrings;
  content: ChecklistContent;
}

export default { strings, content: content as ChecklistContent } satisfies ChecklistLocale as ChecklistLocale;
