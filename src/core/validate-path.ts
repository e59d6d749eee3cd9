import { PathContentSchema, type PathContent } from '../content/schema/path.js';
import { LEARNING_STYLES, LEVELS, STRUCTURES } from './path-inputs.js';
import { phaseOrder } from './recommend-path.js';
import { checkReferences, checkUniqueIds, validate, type Validation } from './validate.js';

/** Every phase id some combination of inputs asks for: content must have them all. */
const REQUIRED_PHASES = [
  ...new Set(
    LEVELS.flatMap((level) =>
      LEARNING_STYLES.flatMap((style) => STRUCTURES.flatMap((structure) => phaseOrder({ level, style, structure }))),
    ),
  ),
].filter((id) => id !== 'direction');

/** Validates path content: structure, references, and that every phase the rules need exists. */
export function validatePathContent(input: unknown): Validation<PathContent> {
  return validate(PathContentSchema, input, (content, report) => {
    const sources = checkUniqueIds(content.sources, ['sources'], report);
    const resources = checkUniqueIds(content.resources, ['resources'], report);
    const phases = checkUniqueIds(content.phases, ['phases'], report);
    checkUniqueIds(content.directions, ['directions'], report);
    content.phases.forEach((phase, i) => {
      checkReferences(phase.resources, resources, ['phases', i, 'resources'], report);
      checkReferences(phase.sources, sources, ['phases', i, 'sources'], report);
    });
    content.directions.forEach((direction, i) =>
      checkReferences(direction.resources, resources, ['directions', i, 'resources'], report),
    );
    for (const id of REQUIRED_PHASES) {
      if (!phases.has(id)) report(['phases'], 'missing-id', `phase "${id}" is required by the path rules`);
    }
  });
}

export const pathKind = { schema: PathContentSchema, validate: validatePathContent };
