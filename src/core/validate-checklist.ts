import { ChecklistContentSchema, type ChecklistContent } from '../content/schema/checklist.js';
import { LIMITS } from '../content/schema/limits.js';
import { checkReferences, checkUniqueIds, validate, type Validation } from './validate.js';

/** Validates checklist content: structure, source references, and ids unique across the file. */
export function validateChecklistContent(input: unknown): Validation<ChecklistContent> {
  return validate(ChecklistContentSchema, input, (content, report) => {
    const sources = checkUniqueIds(content.sources, ['sources'], report);
    checkUniqueIds(content.sections, ['sections'], report);
    // Saved progress refers to items by id alone, so an item id must be unique in the whole file.
    const itemIds = new Set<string>();
    content.sections.forEach((section, i) => {
      checkReferences(section.sources, sources, ['sections', i, 'sources'], report);
      section.items.forEach((item, j) => {
        if (itemIds.has(item.id)) report(['sections', i, 'items', j, 'id'], 'duplicate-id', `id "${item.id}" is used twice`);
        itemIds.add(item.id);
        // Saved progress holds at most this many check marks; past it, progress could not be read back.
        if (itemIds.size === LIMITS.savedIds + 1) report(['sections', i, 'items', j], 'too-many-items', `more than ${LIMITS.savedIds} items in all`);
      });
    });
  });
}

export const checklistKind = { schema: ChecklistContentSchema, validate: validateChecklistContent };
