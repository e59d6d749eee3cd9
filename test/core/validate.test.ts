import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { SkillMapperContent } from '../../src/content/schema/skill-mapper.js';
import enJson from '../../src/content/skill-mapper/en.json';
import { validateSkillMapperContent } from '../../src/core/validate-skill-mapper.js';
import { jsonPath } from '../../src/core/validate.js';

const en = enJson as SkillMapperContent;

const clone = <T>(value: T): T => structuredClone(value);

describe('validateSkillMapperContent', () => {
  it('accepts the bundled English content', () => {
    const result = validateSkillMapperContent(en);
    expect(result.problems).to.deep.equal([]);
    expect(result.ok).to.equal(true);
  });

  it('reports each structural problem with its JSON path', () => {
    const broken = clone(en) as Record<string, unknown> & typeof en;
    broken.specializations[1].label = '';
    (broken.specializations[2] as Record<string, unknown>).transfers = 'none';
    broken.specializations[0].tools[0].url = 'javascript:alert(1)';
    const result = validateSkillMapperContent(broken);
    expect(result.ok).to.equal(false);
    const paths = result.problems.map((problem) => problem.path);
    expect(paths).to.include('$.specializations[1].label');
    expect(paths).to.include('$.specializations[2].transfers');
    expect(paths).to.include('$.specializations[0].tools[0].url');
  });

  it('reports unknown and duplicate ids that the schema alone cannot see', () => {
    const broken = clone(en);
    broken.specializations[0].transfers[0].mapsTo = ['no-such-skill'];
    broken.specializations[1].roles = ['no-such-role'];
    broken.mlSkills.push({ ...broken.mlSkills[0] });
    const result = validateSkillMapperContent(broken);
    expect(result.problems).to.deep.include({
      path: '$.specializations[0].transfers[0].mapsTo[0]',
      code: 'unknown-id',
      message: '"no-such-skill" is not a known id',
    });
    expect(result.problems.map((p) => p.path)).to.include('$.specializations[1].roles[0]');
    expect(result.problems.map((p) => `${p.code} ${p.path}`)).to.include(
      `duplicate-id $.mlSkills[${broken.mlSkills.length - 1}].id`,
    );
  });

  it('writes paths that name keys which are not identifiers with brackets', () => {
    expect(jsonPath(['a', 0, 'b-c', 'd'])).to.equal('$.a[0]["b-c"].d');
  });

  it('never throws and always explains a rejection, over 1,000 arbitrary inputs', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (input) => {
        const result = validateSkillMapperContent(input);
        if (!result.ok) {
          expect(result.problems.length).to.be.greaterThan(0);
          for (const problem of result.problems) expect(problem.path).to.match(/^\$/);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on mutations of valid content (1,000 cases)', () => {
    const paths = fc.constantFrom(
      ['specializations', 0, 'transfers', 0, 'mapsTo', 0],
      ['specializations', 3, 'roles', 0],
      ['specializations', 1, 'id'],
      ['mlSkills', 0, 'id'],
      ['roles'],
      ['specializations', 2, 'firstProject'],
      ['sources', 0, 'url'],
    );
    fc.assert(
      fc.property(paths, fc.anything(), (path, replacement) => {
        const content = clone(en) as unknown as Record<string | number, unknown>;
        let target = content;
        for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
        target[path[path.length - 1]] = replacement;
        const result = validateSkillMapperContent(content);
        expect(result.ok || result.problems.length > 0).to.equal(true);
      }),
      { numRuns: 1000 },
    );
  });
});
