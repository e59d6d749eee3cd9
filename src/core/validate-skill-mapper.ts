import { SkillMapperContentSchema, type SkillMapperContent } from '../content/schema/skill-mapper.js';
import { checkReferences, checkUniqueIds, validate, type Validation } from './validate.js';

/** Validates skill-mapper content: its structure, then that every id it refers to exists. */
export function validateSkillMapperContent(input: unknown): Validation<SkillMapperContent> {
  return validate(SkillMapperContentSchema, input, (content, report) => {
    const sources = checkUniqueIds(content.sources, ['sources'], report);
    const mlSkills = checkUniqueIds(content.mlSkills, ['mlSkills'], report);
    const roles = checkUniqueIds(content.roles, ['roles'], report);
    const specializations = checkUniqueIds(content.specializations, ['specializations'], report);
    content.specializations.forEach((spec, i) => {
      const at = ['specializations', i];
      spec.transfers.forEach((transfer, j) =>
        checkReferences(transfer.mapsTo, mlSkills, [...at, 'transfers', j, 'mapsTo'], report),
      );
      checkReferences(spec.roles, roles, [...at, 'roles'], report);
      checkReferences(spec.sources, sources, [...at, 'sources'], report);
      checkReferences(spec.combines ?? [], specializations, [...at, 'combines'], report);
    });
  });
}

export const skillMapperKind = { schema: SkillMapperContentSchema, validate: validateSkillMapperContent };
