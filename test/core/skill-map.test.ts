import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import enJson from '../../src/content/skill-mapper/en.json';
import type { SkillMapperContent } from '../../src/content/schema/skill-mapper.js';
import { mapSkills } from '../../src/core/skill-map.js';
import { LEARN_STAGES } from '../../src/content/learn-stages.js';

const en = enJson as SkillMapperContent;

const content = en;
const ids = content.specializations.map((spec) => spec.id);
const spec = (id: string) => content.specializations.find((s) => s.id === id)!;
const idsOf = (items: { id: string }[]) => items.map((item) => item.id);

describe('mapSkills', () => {
  it('gives one specialization its own items in content order', () => {
    const map = mapSkills(content, ['backend']);
    expect(idsOf(map.selected)).to.deep.equal(['backend']);
    expect(idsOf(map.transfers)).to.deep.equal(idsOf(spec('backend').transfers));
    expect(idsOf(map.learn)).to.deep.equal(idsOf(spec('backend').learn));
    expect(idsOf(map.roles)).to.deep.equal(spec('backend').roles);
    expect(map.projects.map((p) => p.project)).to.deep.equal([spec('backend').firstProject]);
  });

  it('merges several picks without duplicates, whatever the picks (property)', () => {
    fc.assert(
      fc.property(fc.subarray(ids, { minLength: 1 }), fc.array(fc.string(), { maxLength: 3 }), (picked, junk) => {
        const map = mapSkills(content, [...picked, ...junk]);
        for (const list of [map.transfers, map.learn, map.roles, map.tools, map.mlSkills, map.sources]) {
          expect(new Set(idsOf(list)).size).to.equal(list.length);
        }
        expect(idsOf(map.selected).sort()).to.deep.equal([...picked].sort());
        // Every picked specialization's transferable skills and learning topics are present.
        for (const id of picked) {
          for (const t of spec(id).transfers) expect(idsOf(map.transfers)).to.include(t.id);
          for (const l of spec(id).learn) expect(idsOf(map.learn)).to.include(l.id);
        }
        // Whatever the picks, the list starts from foundations and never puts a niche before the math.
        const stages = map.learn.map((item) => LEARN_STAGES.indexOf(item.stage));
        expect(stages).to.deep.equal([...stages].sort((a, b) => a - b));
        expect(new Set(map.tools.map((tool) => tool.url)).size).to.equal(map.tools.length);
        // Every link joins a listed transfer to a listed ML skill.
        for (const link of map.links) {
          expect(idsOf(map.transfers)).to.include(link.from);
          expect(idsOf(map.mlSkills)).to.include(link.to);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('lets full-stack bring in the frontend and backend parts it combines', () => {
    const map = mapSkills(content, ['full-stack']);
    for (const part of ['frontend', 'backend']) {
      for (const t of spec(part).transfers) expect(idsOf(map.transfers)).to.include(t.id);
    }
    expect(map.projects).to.have.length(1);
    // Its own LLM-application topics come after the fundamentals its parts bring, not before.
    expect(map.learn[0].id).to.equal('ml-fundamentals');
    const ownTopics = spec('full-stack').learn.map((item) => map.learn.indexOf(item));
    const math = map.learn.findIndex((item) => item.stage === 'math');
    for (const index of ownTopics) expect(index).to.be.greaterThan(math);
  });

  it('ignores unknown ids', () => {
    expect(mapSkills(content, ['nope']).selected).to.deep.equal([]);
  });
});
