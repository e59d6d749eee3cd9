import type { ChecklistContent } from '../../../content/schema/checklist.js';
import content from '../../../content/checklist/en.json';
import strings from '../../../content/checklist/ui.en.json';

export type ChecklistStrings = typeof strings;

export interface ChecklistLocale {
  strings: ChecklistStrings;
  content: ChecklistContent;
}

export default { strings, content: content as ChecklistContent } satisfies ChecklistLocale as ChecklistLocale;
