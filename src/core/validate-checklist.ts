import { ChecklistContentSchema, type ChecklistContent } from '../content/schema/checklist.js';
import { canSave } from './checklist-state.js';
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
        // Past the number of check marks saved progress holds, progress could not be read back.
        if (!canSave(itemIds.size) && canSave(itemIds.size - 1)) report(['sections', i, 'items', j], 'too-many-items', 'more items in all than saved progress can hold');
      });
    });
  });
}

export const checklistKind = { schema: ChecklistContentSchema, validate: validateChecklistContent };
