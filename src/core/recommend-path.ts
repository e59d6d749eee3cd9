/**
 * The learning path for a reader: which phases, in which order, built from which parts of which
 * resources, and how long it takes at the hours a week they can give. Pure. Every rule below is
 * tested over the whole input space in test/core/recommend-path.test.ts; README "The path model"
 * explains them for content authors.
 */
import type { Direction, Effort, Part, PathContent, Phase, Resource } from '../content/schema/path.js';
import type { Source } from '../content/schema/common.js';
import { HOURS_PER_WEEK, LEVELS, type Level, type PathInputs } from './path-inputs.js';

/** The slot where the niche phase of the reader's primary direction goes. */
const DIRECTION = 'direction';

/**
 * What is new at each level, after the shared core. Every level gets production ML code (engineering
 * is the asset at every level, seed 000); seniors own serving at scale; staff and principal weigh
 * distributed-training and system trade-offs, principals starting from the system.
 */
const LEVEL_PHASES: Record<Level, string[]> = {
  junior: ['production-ml-code'],
  mid: ['production-ml-code'],
  senior: ['production-ml-code', 'serving-at-scale'],
  staff: ['production-ml-code', 'serving-at-scale', 'distributed-training', 'ml-system-design'],
  principal: ['ml-system-design', 'production-ml-code', 'serving-at-scale', 'distributed-training'],
};

/** Habits: they run alongside the path, at a few hours a week, and never add weeks to it. */
const HABITS = ['community', 'keep-learning'];

/** Phase ids, in order, for the inputs; `direction` marks the niche phase. */
export function phaseOrder(inputs: Pick<PathInputs, 'level' | 'style' | 'structure'>): string[] {
  // Math never disappears; theory-first readers and staff+ (who weigh trade-offs) go deep.
  const math = inputs.style === 'theory-first' || inputs.level === 'staff' || inputs.level === 'principal' ? 'math-deep' : 'math-core';
  // Readers who want accountability get a graded programme with a real term.
  const fundamentals = inputs.structure === 'structured' ? 'ml-fundamentals-structured' : 'ml-fundamentals-self-paced';
  // Something working and deployed: juniors by integrating a pre-trained model, everyone by training one.
  const build = inputs.level === 'junior' ? ['integrate-pretrained', 'first-model'] : ['first-model'];
  // Code-first builds first and learns the theory behind it; theory-first the reverse. Deep learning,
  // framework depth and foundation models follow the fundamentals either way.
  const start =
    inputs.style === 'code-first' ? [...build, 'python-ml-stack', math, fundamentals] : ['python-ml-stack', math, fundamentals, ...build];
  return [...start, 'deep-learning', 'framework-depth', 'foundation-models', ...LEVEL_PHASES[inputs.level], DIRECTION, 'portfolio-proof', ...HABITS];
}

export interface WeekRange {
  min: number;
  max: number;
}

export interface PlannedPart {
  resource: Resource;
  part?: string;
  hours: number;
  /** The same part elsewhere, e.g. a Chinese edition. */
  alt: { resource: Resource; part?: string }[];
}

/** What one of the reader's other specializations adds to the direction phase. */
export interface PlannedAlso {
  id: string;
  label: string;
  skill: string;
  parts: PlannedPart[];
  tools: Resource[];
  project: string;
}

export interface PlannedPhase {
  id: string;
  /** The primary direction's label when this phase is (or took on) the direction's niche. */
  direction?: string;
  title: string;
  goal: string;
  reason: string;
  milestone: string;
  parts: PlannedPart[];
  effort: Effort;
  weeks: WeekRange;
  /** Weeks from the start of the path to the end of this phase. */
  endsAfter: WeekRange;
  sources: Source[];
  /** A graded programme: its term sets the weeks; `fits` is false when the reader has fewer hours than its load. */
  term?: { fits: boolean; others: Resource[] };
  also: PlannedAlso[];
}

export interface PlannedHabit {
  id: string;
  title: string;
  goal: string;
  reason: string;
  milestone: string;
  parts: PlannedPart[];
  /** Hours a week alongside the path. */
  weekly: number;
  /** The week it starts. */
  from: number;
  sources: Source[];
}

export interface LearningPath {
  inputs: PathInputs;
  phases: PlannedPhase[];
  habits: PlannedHabit[];
  hours: Effort;
  weeks: WeekRange;
  /** Set when the weekly hours are outside what a part-time path sensibly takes. */
  pace?: 'low' | 'high';
}

/** Below this pace a path takes years; above the other, study is a full-time job. */
export const PACE = { low: 3, high: 40 } as const;

/** Calendar weeks for an effort at a weekly pace; a phase is never shorter than one week. */
export function weeksFor(effort: Effort, hoursPerWeek: number): WeekRange {
  const pace = Math.max(1, hoursPerWeek);
  return { min: Math.max(1, Math.ceil(effort.min / pace)), max: Math.max(1, Math.ceil(effort.max / pace)) };
}

const add = (a: WeekRange, b: WeekRange): WeekRange => ({ min: a.min + b.min, max: a.max + b.max });
const partKey = (p: { resource: string; part?: string }) => `${p.resource}\n${p.part ?? ''}`;

/** A graded programme: the path takes its term and load as they are; the reader's pace cannot shorten them. */
function applyTerm(phase: PlannedPhase, hoursPerWeek: number): void {
  const programmes = phase.parts.filter((p) => p.resource.term);
  if (programmes.length === 0) return;
  // The first programme whose weekly load the reader can carry; else the lightest, with a warning.
  const load = (p: PlannedPart) => p.resource.term!.load.min;
  const chosen =
    programmes.find((p) => hoursPerWeek >= load(p)) ?? programmes.reduce((lightest, p) => (load(p) < load(lightest) ? p : lightest));
  const term = chosen.resource.term!;
  phase.parts = [chosen];
  phase.term = { fits: hoursPerWeek >= term.load.min, others: programmes.filter((p) => p !== chosen).map((p) => p.resource) };
  phase.effort = { min: term.weeks * term.load.min, max: term.weeks * term.load.max };
  phase.weeks = { min: term.weeks, max: term.weeks };
}

export function recommendPath(content: PathContent, inputs: PathInputs): LearningPath {
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((entry) => [entry.id, entry]));
  const resources = byId(content.resources);
  const sources = byId(content.sources);
  const phases = byId(content.phases);
  const directions = byId(content.directions);
  const { level, hoursPerWeek } = inputs;
  const order = phaseOrder(inputs);
  const primary = directions.get(inputs.direction ?? '');
  // A direction that overlaps a level phase of this path merges into it: its focus and milestone, hours once.
  const mergeInto = primary?.mergesInto?.find((id) => order.includes(id) && phases.has(id));
  const mathAt = order.findIndex((id) => id.startsWith('math-'));
  // Before the theory: phases ahead of the math phase, and the math phase itself when theory comes first.
  const early = (index: number) => index < mathAt || (index === mathAt && inputs.style === 'theory-first');
  const rank = LEVELS.indexOf(level);
  const used = new Set<string>();

  /**
   * Seniority works both ways: each level adds what is new to it (LEVEL_PHASES), and a part marked
   * `knownFrom` is left out for readers at that level or above, who already do it every day
   * (production code, testing, system-design basics). Each part is counted once per path.
   */
  const plan = (parts: Part[]): PlannedPart[] =>
    parts.flatMap((p) => {
      const resource = resources.get(p.resource);
      const known = p.knownFrom !== undefined && rank >= LEVELS.indexOf(p.knownFrom);
      if (!resource || known || (p.style && p.style !== inputs.style) || used.has(partKey(p))) return [];
      used.add(partKey(p));
      const alt = (p.alt ?? []).flatMap((a) => {
        const other = resources.get(a.resource);
        return other ? [{ resource: other, part: a.part }] : [];
      });
      return [{ resource, part: p.part, hours: p.hours, alt }];
    });
  const pick = (ids: readonly string[] = []) => ids.flatMap((id) => sources.get(id) ?? []);
  const hoursOf = (parts: PlannedPart[]) => parts.reduce((total, p) => total + p.hours, 0);

  const planned: PlannedPhase[] = [];
  const habits: Phase[] = [];
  order.forEach((id, index) => {
    const phase = phases.get(id);
    if (phase?.weekly) return void habits.push(phase);
    const niche = (id === DIRECTION ? !mergeInto : id === mergeInto) ? primary : undefined;
    const base: Phase | Direction | undefined = id === DIRECTION ? niche : phase;
    if (!base) return;
    const reasons = phase?.reasons;
    const parts = [...plan(base.parts), ...(niche && niche !== base ? plan(niche.parts) : [])];
    const { goal, milestone } = niche ?? base;
    // Merged, the milestone is the direction's, so the practice is the larger of the two, not both.
    const { practice } = base;
    const theirs = niche?.practice ?? practice;
    const zero = { min: 0, max: 0 }; // weeks and endsAfter are set below, once every part is known
    planned.push({
      id: base.id,
      direction: niche?.label,
      title: 'title' in base ? base.title : base.label,
      goal,
      reason: niche ? niche.reason : (reasons?.[level] ?? reasons?.[early(index) ? 'early' : 'late'] ?? base.reason),
      milestone,
      parts,
      // Only the practice for now; the parts' hours are added once every part is known.
      effort: { min: Math.max(practice.min, theirs.min), max: Math.max(practice.max, theirs.max) },
      weeks: zero,
      endsAfter: zero,
      sources: pick([...new Set([...(base.sources ?? []), ...(niche?.sources ?? [])])]),
      also: [],
    });
  });

  // The reader's other specializations add their niche skill to the direction phase, and their tools
  // and first project as options. Whatever the path already holds is not added twice.
  const nichePhase = planned.find((p) => p.direction);
  for (const id of new Set(nichePhase ? (inputs.also ?? []) : [])) {
    const other = directions.get(id);
    if (!other || other === primary) continue;
    const inPath = (resource: Resource) => planned.some((p) => p.parts.some((part) => part.resource === resource));
    const tools = other.also.tools.flatMap((tool) => resources.get(tool) ?? []).filter((resource) => !inPath(resource));
    nichePhase!.also.push({ id, label: other.label, skill: other.also.skill, parts: plan(other.also.parts), tools, project: other.also.project });
  }

  let elapsed: WeekRange = { min: 0, max: 0 };
  for (const phase of planned) {
    const hours = hoursOf([...phase.parts, ...phase.also.flatMap((a) => a.parts)]);
    phase.effort = { min: hours + phase.effort.min, max: hours + phase.effort.max };
    phase.weeks = weeksFor(phase.effort, hoursPerWeek);
    applyTerm(phase, hoursPerWeek);
    phase.endsAfter = elapsed = add(elapsed, phase.weeks);
  }

  return {
    inputs,
    phases: planned,
    habits: habits.map((habit) => ({
      ...habit,
      parts: plan(habit.parts),
      weekly: habit.weekly!,
      from: (planned.find((p) => p.id === habit.after)?.endsAfter.min ?? 0) + 1,
      sources: pick(habit.sources),
    })),
    hours: planned.reduce((total, p) => add(total, p.effort), { min: 0, max: 0 }),
    weeks: elapsed,
    pace: hoursPerWeek < PACE.low ? 'low' : hoursPerWeek > PACE.high ? 'high' : undefined,
  };
}

/** The step the "what would change this" line tries: four more hours a week (four fewer at the maximum). */
export function otherPace(hoursPerWeek: number): number {
  return hoursPerWeek + 4 <= HOURS_PER_WEEK.max ? hoursPerWeek + 4 : hoursPerWeek - 4;
}
