import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import en from '../../src/content/path/en.json';
import type { PathContent } from '../../src/content/schema/path.js';
import { LEARNING_STYLES, LEVELS, STRUCTURES, type PathInputs } from '../../src/core/path-inputs.js';
import { phaseOrder, recommendPath, weeksFor } from '../../src/core/recommend-path.js';

const content = en as PathContent;
const DIRECTIONS = [undefined, ...content.directions.map((d) => d.id)];
const HANDS_ON = new Set(['integrate-pretrained', 'production-ml-code', 'serving-at-scale', 'framework-depth', 'distributed-training']);
const MATH = new Set(['math-core', 'math-deep']);

/** Every combination of the discrete inputs, at a few paces. */
function* everyInput(): Generator<PathInputs> {
  for (const level of LEVELS)
    for (const style of LEARNING_STYLES)
      for (const structure of STRUCTURES)
        for (const direction of DIRECTIONS)
          for (const hoursPerWeek of [1, 5, 10, 60]) yield { level, style, structure, direction, hoursPerWeek };
}

describe('recommendPath over the whole input space', () => {
  it('gives every combination a path that keeps every rule', () => {
    let count = 0;
    for (const inputs of everyInput()) {
      count++;
      const path = recommendPath(content, inputs);
      const ids = path.phases.map((p) => p.id);
      const at = (id: string) => ids.indexOf(id);
      const label = JSON.stringify(inputs);

      // Every phase is complete: goal, milestone, at least one resource, a week estimate.
      for (const phase of path.phases) {
        expect(phase.goal && phase.milestone, label).to.be.ok;
        expect(phase.resources.length, `${label} ${phase.id}`).to.be.greaterThan(0);
        expect(phase.weeks.min, label).to.be.at.least(1);
        expect(phase.weeks.min, label).to.be.at.most(phase.weeks.max);
        if (!phase.isDirection) expect(phase.reason, `${label} ${phase.id}`).to.be.a('string').and.not.empty;
      }
      expect(new Set(ids).size, label).to.equal(ids.length);

      // Math never disappears; its depth follows style and level.
      const math = ids.filter((id) => MATH.has(id));
      expect(math, label).to.have.length(1);
      const deep = inputs.style === 'theory-first' || inputs.level === 'staff' || inputs.level === 'principal';
      expect(math[0], label).to.equal(deep ? 'math-deep' : 'math-core');

      // Code-first builds before theory; theory-first the reverse.
      const firstHandsOn = ids.findIndex((id) => HANDS_ON.has(id));
      if (inputs.style === 'code-first') expect(firstHandsOn, label).to.be.below(at(math[0]));
      else expect(at(math[0]), label).to.be.below(firstHandsOn);

      // Juniors start building by integrating pre-trained models; seniors and up own serving;
      // staff and principal weigh distributed training and system trade-offs.
      if (inputs.level === 'junior') expect(ids[firstHandsOn], label).to.equal('integrate-pretrained');
      expect(ids.includes('serving-at-scale'), label).to.equal(['senior', 'staff', 'principal'].includes(inputs.level));
      const trades = ['staff', 'principal'].includes(inputs.level);
      expect(ids.includes('distributed-training') && ids.includes('ml-system-design'), label).to.equal(trades);

      // A structured, graded program for readers who chose it, self-paced study otherwise.
      expect(ids, label).to.include(inputs.structure === 'structured' ? 'ml-fundamentals-structured' : 'ml-fundamentals-self-paced');

      // One framework in depth, proof through projects, and the niche of the chosen direction.
      expect(ids.filter((id) => id === 'framework-depth'), label).to.have.length(1);
      expect(ids, label).to.include('portfolio-proof');
      expect(path.phases.some((p) => p.isDirection && p.id === inputs.direction), label).to.equal(inputs.direction !== undefined);

      // The total is the sum of the phases, and the last phase ends when the path does.
      expect(path.weeks, label).to.deep.equal(path.phases[path.phases.length - 1].endsAfter);
    }
    expect(count).to.equal(5 * 2 * 2 * DIRECTIONS.length * 4);
  });

  it('recomputes the estimate for any pace, always within the effort (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LEVELS),
        fc.constantFrom(...LEARNING_STYLES),
        fc.constantFrom(...STRUCTURES),
        fc.integer({ min: 1, max: 60 }),
        (level, style, structure, hoursPerWeek) => {
          const path = recommendPath(content, { level, style, structure, hoursPerWeek });
          expect(path.weeks.min * hoursPerWeek).to.be.at.least(path.hours.min);
          // Rounding each phase up to whole weeks adds less than one week per phase.
          expect(path.weeks.max).to.be.below(Math.ceil(path.hours.max / hoursPerWeek) + path.phases.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('weeksFor', () => {
  it('rounds each end up to whole weeks', () => {
    expect(weeksFor({ min: 40, max: 70 }, 10)).to.deep.equal({ min: 4, max: 7 });
    expect(weeksFor({ min: 41, max: 71 }, 10)).to.deep.equal({ min: 5, max: 8 });
    expect(weeksFor({ min: 3, max: 5 }, 60)).to.deep.equal({ min: 1, max: 1 });
  });
});

describe('phaseOrder', () => {
  it('puts a code-first junior to work on pre-trained models right after the Python tooling', () => {
    expect(phaseOrder({ level: 'junior', style: 'code-first', structure: 'self-paced' }).slice(0, 3)).to.deep.equal([
      'python-ml-stack',
      'integrate-pretrained',
      'framework-depth',
    ]);
  });

  it('puts deep math and a graded program first for a theory-first principal', () => {
    expect(phaseOrder({ level: 'principal', style: 'theory-first', structure: 'structured' }).slice(0, 3)).to.deep.equal([
      'python-ml-stack',
      'math-deep',
      'ml-fundamentals-structured',
    ]);
  });
});
