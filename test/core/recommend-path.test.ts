import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import en from '../../src/content/path/en.json';
import zh from '../../src/content/path/zh-CN.json';
import type { PathContent } from '../../src/content/schema/path.js';
import { HOURS_PER_WEEK, LEARNING_STYLES, LEVELS, STRUCTURES, type PathInputs } from '../../src/core/path-inputs.js';
import { otherPace, phaseOrder, recommendPath, weeksFor, type LearningPath, type PlannedPhase } from '../../src/core/recommend-path.js';

const content = en as PathContent;
const DIRECTIONS = content.directions.map((d) => d.id);
const HANDS_ON = new Set(['integrate-pretrained', 'first-model', 'deep-learning', 'framework-depth', 'foundation-models']);
const MATH = new Set(['math-core', 'math-deep']);
const HOURS = [1, 3, 6, 10, 25, 41, 60];
const phaseContent = (id: string) => content.phases.find((p) => p.id === id);
const directionOf = (id: string) => content.directions.find((d) => d.id === id)!;
const allParts = (path: LearningPath) => [
  ...path.phases.flatMap((p) => [...p.parts, ...p.also.flatMap((a) => a.parts)]),
  ...path.habits.flatMap((h) => h.parts),
];
const hoursOf = (phase: PlannedPhase) => [...phase.parts, ...phase.also.flatMap((a) => a.parts)].reduce((t, p) => t + p.hours, 0);

/** Every combination of the discrete inputs at several paces, plus primary directions with others picked too. */
function* everyInput(): Generator<PathInputs> {
  for (const level of LEVELS)
    for (const style of LEARNING_STYLES)
      for (const structure of STRUCTURES) {
        for (const direction of [undefined, ...DIRECTIONS])
          for (const hoursPerWeek of HOURS) yield { level, style, structure, direction, hoursPerWeek };
        for (const [i, direction] of DIRECTIONS.entries()) {
          const others = DIRECTIONS.filter((id) => id !== direction);
          for (const also of [[others[i % others.length]], others.slice(i % 5, (i % 5) + 2), others])
            yield { level, style, structure, direction, also, hoursPerWeek: 8 };
        }
      }
}

describe('recommendPath over the whole input space', () => {
  it('gives every combination a path that keeps every rule', function () {
    this.timeout(120_000);
    let count = 0;
    for (const inputs of everyInput()) {
      count++;
      const path = recommendPath(content, inputs);
      const ids = path.phases.map((p) => p.id);
      const at = (id: string) => ids.indexOf(id);
      const label = JSON.stringify(inputs);

      // Every phase is complete and says why it is there, direction phases included.
      for (const phase of path.phases) {
        expect(phase.goal && phase.milestone && phase.reason, `${label} ${phase.id}`).to.be.ok;
        expect(phase.parts.length, `${label} ${phase.id}`).to.be.greaterThan(0);
        expect(phase.weeks.min, label).to.be.at.least(1);
        expect(phase.weeks.min, label).to.be.at.most(phase.weeks.max);
        // A phase's hours cover the parts it names.
        expect(phase.effort.min, `${label} ${phase.id}`).to.be.at.least(hoursOf(phase));
      }
      expect(new Set(ids).size, label).to.equal(ids.length);

      // Each hour once: no part of a resource in two places, and no option repeats a resource the path uses.
      const keys = allParts(path).map((p) => `${p.resource.id}|${p.part}`);
      expect(new Set(keys).size, `${label} ${keys.join()}`).to.equal(keys.length);
      const used = new Set(allParts(path).map((p) => p.resource));
      for (const tool of path.phases.flatMap((p) => p.also.flatMap((a) => a.tools))) expect(used.has(tool), label).to.equal(false);

      // Math never disappears; its depth follows style and level.
      const math = ids.filter((id) => MATH.has(id));
      expect(math, label).to.have.length(1);
      const deep = inputs.style === 'theory-first' || inputs.level === 'staff' || inputs.level === 'principal';
      expect(math[0], label).to.equal(deep ? 'math-deep' : 'math-core');

      // Code-first opens with a working, deployed model (juniors integrate a pre-trained one), small enough
      // to finish in the first weeks; theory-first puts the math before anything hands-on.
      const firstHandsOn = ids.findIndex((id) => HANDS_ON.has(id));
      if (inputs.style === 'code-first') {
        expect(firstHandsOn, label).to.equal(0);
        // A direction merged into the opening phase (full-stack juniors) widens it, but it still ships
        // first; skills the reader's other specializations add come on top of that.
        const extra = path.phases[0].also.flatMap((a) => a.parts).reduce((t, p) => t + p.hours, 0);
        expect(path.phases[0].effort.max - extra, label).to.be.at.most(path.phases[0].direction ? 45 : 30);
        expect(at('first-model'), label).to.be.below(at(math[0]));
      } else expect(at(math[0]), label).to.be.below(firstHandsOn);
      // Framework depth after the fundamentals; deep learning and foundation models for every level.
      expect(at('framework-depth'), label).to.be.above(Math.max(at('ml-fundamentals-self-paced'), at('ml-fundamentals-structured')));
      expect(ids, label).to.include.members(['deep-learning', 'foundation-models', 'portfolio-proof']);

      // Juniors start building by integrating pre-trained models; seniors and up own serving; staff and
      // principal weigh distributed training and system trade-offs; engineering counts at every level.
      if (inputs.level === 'junior') expect(ids[inputs.style === 'code-first' ? 0 : firstHandsOn], label).to.equal('integrate-pretrained');
      expect(ids.includes('serving-at-scale'), label).to.equal(['senior', 'staff', 'principal'].includes(inputs.level));
      const trades = ['staff', 'principal'].includes(inputs.level);
      expect(ids.includes('distributed-training') && ids.includes('ml-system-design'), label).to.equal(trades);
      expect(ids, label).to.include('production-ml-code');

      // A graded programme keeps its own term, whatever the pace; otherwise self-paced study.
      const structured = path.phases.find((p) => p.id === 'ml-fundamentals-structured');
      expect(Boolean(structured), label).to.equal(inputs.structure === 'structured');
      expect(ids.includes('ml-fundamentals-self-paced'), label).to.equal(inputs.structure === 'self-paced');
      if (structured) {
        const term = structured.parts[0].resource.term!;
        expect(structured.parts, label).to.have.length(1);
        expect(structured.weeks, label).to.deep.equal({ min: term.weeks, max: term.weeks });
        expect(structured.effort, label).to.deep.equal({ min: term.weeks * term.load.min, max: term.weeks * term.load.max });
        expect(structured.term!.fits, label).to.equal(inputs.hoursPerWeek >= term.load.min);
      }

      // The primary direction is one phase, on its own or merged into the level phase it overlaps.
      const niche = path.phases.filter((p) => p.direction);
      if (!inputs.direction) expect(niche, label).to.have.length(0);
      else {
        const direction = directionOf(inputs.direction);
        expect(niche.map((p) => p.direction), label).to.deep.equal([direction.label]);
        const merged = direction.mergesInto?.find((id) => phaseOrder(inputs).includes(id));
        expect(niche[0].id, label).to.equal(merged ?? direction.id);
        expect(niche[0].milestone, label).to.equal(direction.milestone);
      }

      // Habits run alongside and add no weeks; the total is the sum of the phases.
      expect(path.habits.map((h) => h.id), label).to.have.members(['community', 'keep-learning']);
      for (const habit of path.habits) expect(ids, label).not.to.include(habit.id);
      expect(path.weeks, label).to.deep.equal(path.phases[path.phases.length - 1].endsAfter);
      expect(path.hours.min, label).to.equal(path.phases.reduce((t, p) => t + p.effort.min, 0));

      // Outside a sensible part-time pace the path says so.
      expect(path.pace, label).to.equal(inputs.hoursPerWeek < 3 ? 'low' : inputs.hoursPerWeek > 40 ? 'high' : undefined);
    }
    expect(count).to.equal(5 * 2 * 2 * (DIRECTIONS.length * (HOURS.length + 3) + HOURS.length));
  });

  it('chooses each reason for where the phase actually stands and who reads it', () => {
    for (const level of LEVELS)
      for (const style of LEARNING_STYLES)
        for (const structure of STRUCTURES) {
          const path = recommendPath(content, { level, style, structure, hoursPerWeek: 8 });
          const mathAt = path.phases.findIndex((p) => MATH.has(p.id));
          path.phases.forEach((phase, index) => {
            const reasons = phaseContent(phase.id)?.reasons;
            // Before the theory: ahead of the math phase, and the math phase itself when theory comes first.
            const position = index < mathAt || (index === mathAt && style === 'theory-first') ? 'early' : 'late';
            const wrong = position === 'early' ? reasons?.late : reasons?.early;
            // A phase never carries the reason written for the other side of the math phase.
            if (wrong && !reasons?.[level]) expect(phase.reason, `${level} ${style} ${phase.id}`).not.to.equal(wrong);
            const expected = reasons?.[level] ?? reasons?.[position];
            if (expected) expect(phase.reason, `${level} ${style} ${phase.id}`).to.equal(expected);
          });
          // The math phase's reason matches the order: before building for theory-first, after it for code-first.
          const math = path.phases[mathAt];
          expect(math.reason).to.equal(phaseContent(math.id)!.reasons![style === 'theory-first' ? 'early' : 'late']);
        }
  });

  it('moves the estimate the right way with the hours a week (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LEVELS),
        fc.constantFrom(...LEARNING_STYLES),
        fc.constantFrom(...STRUCTURES),
        fc.constantFrom(undefined, ...DIRECTIONS),
        fc.integer({ min: 1, max: 59 }),
        fc.integer({ min: 1, max: 59 }),
        (level, style, structure, direction, a, b) => {
          const [slow, fast] = [Math.min(a, b), Math.max(a, b) + 1];
          const at = (hoursPerWeek: number) => recommendPath(content, { level, style, structure, direction, hoursPerWeek });
          const [s, f] = [at(slow), at(fast)];
          const programme = (path: LearningPath) => path.phases.find((p) => p.term)?.parts[0].resource;
          const [before, after] = [programme(s), programme(f)];
          if (before === after) {
            // Same study, more hours a week: never more weeks, and the same hours of study.
            expect(f.weeks.min).to.be.at.most(s.weeks.min);
            expect(f.weeks.max).to.be.at.most(s.weeks.max);
            expect(f.hours).to.deep.equal(s.hours);
          } else {
            // More hours let a more demanding graded programme fit, never a lighter one.
            expect(after!.term!.load.min).to.be.above(before!.term!.load.min);
          }
          // Rounding each phase up to whole weeks adds less than one week per phase.
          const paced = f.phases.filter((p) => !p.term);
          const pacedHours = paced.reduce((t, p) => t + p.effort.max, 0);
          const termWeeks = f.phases.filter((p) => p.term).reduce((t, p) => t + p.weeks.max, 0);
          expect(f.weeks.max).to.be.below(Math.ceil(pacedHours / fast) + paced.length + termWeeks);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('shortens what seniors already do and adds what is new to them', () => {
    for (const style of LEARNING_STYLES)
      for (const direction of [undefined, ...DIRECTIONS]) {
        const paths = LEVELS.map((level) => recommendPath(content, { level, style, structure: 'self-paced', direction, hoursPerWeek: 8 }));
        for (let junior = 0; junior < paths.length; junior++)
          for (let senior = junior + 1; senior < paths.length; senior++)
            for (const phase of paths[senior].phases) {
              const same = paths[junior].phases.find((p) => p.id === phase.id && p.direction === phase.direction);
              // A phase both readers get is never longer for the more senior one.
              if (same) expect(phase.effort.max, `${LEVELS[senior]} vs ${LEVELS[junior]} ${phase.id}`).to.be.at.most(same.effort.max);
            }
        const production = (level: number) => paths[level].phases.find((p) => p.id === 'production-ml-code')!.effort.max;
        // Production code, testing and design basics: mid > senior > staff, each skipping what they already do.
        expect(production(1)).to.be.above(production(2));
        expect(production(2)).to.be.above(production(3));
        expect(production(0)).to.equal(production(1));
        // ...and seniors get serving on top, so mid and senior paths differ.
        expect(paths[2].hours).not.to.deep.equal(paths[1].hours);
      }
  });

  it('makes a graded programme cost at least the hours of self-paced study, and keep its term', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEVELS), fc.constantFrom(...LEARNING_STYLES), fc.integer({ min: 1, max: 60 }), (level, style, hoursPerWeek) => {
        const graded = recommendPath(content, { level, style, structure: 'structured', hoursPerWeek });
        const own = recommendPath(content, { level, style, structure: 'self-paced', hoursPerWeek });
        const fundamentals = (path: LearningPath) => path.phases.find((p) => p.id.startsWith('ml-fundamentals'))!;
        expect(fundamentals(graded).effort.min).to.be.at.least(fundamentals(own).effort.max);
        expect(graded.hours.min).to.be.above(own.hours.min);
        // More hours never stretch or shrink a term; too few hours pick the lightest programme and say so.
        const term = fundamentals(graded);
        expect(term.weeks.min).to.equal(term.parts[0].resource.term!.weeks);
        if (!term.term!.fits) {
          const loads = content.resources.filter((r) => r.term).map((r) => r.term!.load.min);
          expect(term.parts[0].resource.term!.load.min).to.equal(Math.min(...loads));
          expect(hoursPerWeek).to.be.below(Math.min(...loads));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('picks the most demanding programme whose weekly load the reader can carry', () => {
    const programme = (hoursPerWeek: number) =>
      recommendPath(content, { level: 'principal', style: 'theory-first', structure: 'structured', hoursPerWeek }).phases.find((p) => p.term)!;
    expect(programme(25).parts[0].resource.id).to.equal('omscs-ml');
    expect(programme(15).parts[0].resource.id).to.equal('stanford-cs229');
    expect(programme(10).parts[0].resource.id).to.equal('ml-zoomcamp');
    const under = programme(6);
    expect(under.term!.fits).to.equal(false);
    expect(under.parts[0].resource.id).to.equal('ml-zoomcamp');
    expect(under.term!.others.map((r) => r.id)).to.deep.equal(['omscs-ml', 'stanford-cs229']);
  });
});

describe('several specializations', () => {
  it('lets every other selected specialization change the path, and never counts an hour twice', () => {
    for (const level of LEVELS)
      for (const primary of DIRECTIONS)
        for (const other of DIRECTIONS.filter((id) => id !== primary)) {
          const base = { level, style: 'code-first', structure: 'self-paced', direction: primary, hoursPerWeek: 8 } as const;
          const alone = recommendPath(content, base);
          const both = recommendPath(content, { ...base, also: [other] });
          const label = `${level} ${primary} + ${other}`;
          const niche = both.phases.find((p) => p.direction)!;
          const added = niche.also.find((a) => a.id === other)!;
          // Its niche skill and first project join the direction phase...
          expect(added.skill, label).to.equal(directionOf(other).also.skill);
          expect(added.project, label).to.equal(directionOf(other).also.project);
          // ...with its part counted, unless the path already holds that part.
          const newHours = added.parts.reduce((t, p) => t + p.hours, 0);
          expect(both.hours.min - alone.hours.min, label).to.equal(newHours);
          expect(both.phases.map((p) => p.id), label).to.deep.equal(alone.phases.map((p) => p.id));
        }
  });

  it('keeps the order the reader picked them in and ignores the primary and unknown ids', () => {
    const path = recommendPath(content, {
      level: 'mid',
      style: 'code-first',
      structure: 'self-paced',
      hoursPerWeek: 6,
      direction: 'mobile',
      also: ['security', 'mobile', 'nonsense', 'frontend', 'security'],
    });
    expect(path.phases.find((p) => p.direction)!.also.map((a) => a.id)).to.deep.equal(['security', 'frontend']);
  });

  it('merges a direction into the level phase it overlaps, with its focus and no hour counted twice', () => {
    const senior = { level: 'senior', style: 'code-first', structure: 'self-paced', hoursPerWeek: 8 } as const;
    const withBackend = recommendPath(content, { ...senior, direction: 'backend' });
    const serving = withBackend.phases.find((p) => p.id === 'serving-at-scale')!;
    expect(serving.direction).to.equal(directionOf('backend').label);
    expect(serving.goal).to.equal(directionOf('backend').goal);
    expect(withBackend.phases.some((p) => p.id === 'backend')).to.equal(false);
    // The mid-level backend phase and the senior serving phase share Ray Serve; merged, it counts once.
    const plain = recommendPath(content, senior).phases.find((p) => p.id === 'serving-at-scale')!;
    const midBackend = recommendPath(content, { ...senior, level: 'mid', direction: 'backend' }).phases.find((p) => p.id === 'backend')!;
    expect(serving.effort.max).to.be.below(plain.effort.max + midBackend.effort.max);
    expect(serving.parts.filter((p) => p.resource.id === 'ray-serve')).to.have.length(1);
  });
});

describe('the Chinese content', () => {
  it('gives the same path, hour for hour, as the English content', () => {
    for (const inputs of everyInput()) {
      if (inputs.hoursPerWeek !== 8 && inputs.hoursPerWeek !== 6) continue;
      const a = recommendPath(content, inputs);
      const b = recommendPath(zh as PathContent, inputs);
      expect(b.phases.map((p) => [p.id, p.effort, p.weeks])).to.deep.equal(a.phases.map((p) => [p.id, p.effort, p.weeks]));
    }
  });
});

describe('weeksFor and otherPace', () => {
  it('rounds each end up to whole weeks', () => {
    expect(weeksFor({ min: 40, max: 70 }, 10)).to.deep.equal({ min: 4, max: 7 });
    expect(weeksFor({ min: 41, max: 71 }, 10)).to.deep.equal({ min: 5, max: 8 });
    expect(weeksFor({ min: 3, max: 5 }, 60)).to.deep.equal({ min: 1, max: 1 });
  });

  it('tries four more hours a week, or four fewer at the top of the range', () => {
    expect(otherPace(6)).to.equal(10);
    expect(otherPace(56)).to.equal(60);
    expect(otherPace(HOURS_PER_WEEK.max)).to.equal(56);
  });
});

describe('phaseOrder', () => {
  it('opens a code-first junior path with a pre-trained model, then a model of their own', () => {
    expect(phaseOrder({ level: 'junior', style: 'code-first', structure: 'self-paced' }).slice(0, 3)).to.deep.equal([
      'integrate-pretrained',
      'first-model',
      'python-ml-stack',
    ]);
  });

  it('puts deep math and a graded programme first for a theory-first principal', () => {
    expect(phaseOrder({ level: 'principal', style: 'theory-first', structure: 'structured' }).slice(0, 4)).to.deep.equal([
      'python-ml-stack',
      'math-deep',
      'ml-fundamentals-structured',
      'first-model',
    ]);
  });
});
