import { PathContentSchema, type Part, type PathContent } from '../content/schema/path.js';
import { LEARNING_STYLES, LEVELS, STRUCTURES } from './path-inputs.js';
import { phaseOrder } from './recommend-path.js';
import { checkReferences, checkUniqueIds, validate, type CrossCheck, type Validation } from './validate.js';

/** Every phase id some combination of inputs asks for: content must have them all. */
const REQUIRED_PHASES = [
  ...new Set(
    LEVELS.flatMap((level) =>
      LEARNING_STYLES.flatMap((style) => STRUCTURES.flatMap((structure) => phaseOrder({ level, style, structure }))),
    ),
  ),
].filter((id) => id !== 'direction');

type Report = Parameters<CrossCheck<unknown>>[1];
type Key = string | number;

/** Validates path content: structure, references, and that every phase the rules need exists. */
export function validatePathContent(input: unknown): Validation<PathContent> {
  return validate(PathContentSchema, input, (content, report) => {
    const sources = checkUniqueIds(content.sources, ['sources'], report);
    const resources = checkUniqueIds(content.resources, ['resources'], report);
    const phases = checkUniqueIds(content.phases, ['phases'], report);
    checkUniqueIds(content.directions, ['directions'], report);
    const checkParts = (parts: Part[], keys: Key[]) => {
      checkReferences(parts.map((part) => part.resource), resources, keys, report);
      parts.forEach((part, i) => checkReferences((part.alt ?? []).map((alt) => alt.resource), resources, [...keys, i, 'alt'], report));
    };
    content.phases.forEach((phase, i) => {
      checkParts(phase.parts, ['phases', i, 'parts']);
      checkReferences(phase.sources, sources, ['phases', i, 'sources'], report);
      checkReferences(phase.after ? [phase.after] : [], phases, ['phases', i, 'after'], report);
      checkTerm(phase.parts, content, ['phases', i, 'parts'], report);
    });
    content.directions.forEach((direction, i) => {
      checkParts(direction.parts, ['directions', i, 'parts']);
      checkParts(direction.also.parts, ['directions', i, 'also', 'parts']);
      checkReferences(direction.also.tools, resources, ['directions', i, 'also', 'tools'], report);
      checkReferences(direction.mergesInto ?? [], phases, ['directions', i, 'mergesInto'], report);
      checkReferences(direction.sources ?? [], sources, ['directions', i, 'sources'], report);
    });
    for (const id of REQUIRED_PHASES) {
      if (!phases.has(id)) report(['phases'], 'missing-id', `phase "${id}" is required by the path rules`);
    }
  });
}

/** A phase is either a graded programme's term or study at the reader's pace, never a mix. */
function checkTerm(parts: Part[], content: PathContent, keys: Key[], report: Report): void {
  const termed = parts.map((part) => content.resources.some((r) => r.id === part.resource && r.term));
  if (termed.includes(true) && termed.includes(false)) {
    report(keys, 'check', 'a phase mixes programmes that have a term with study at the reader’s pace');
  }
}

export const pathKind = { schema: PathContentSchema, validate: validatePathContent };
