/**
 * The learning path for a reader: which phases, in which order, and how long each takes at the
 * hours a week they can give. Pure; every rule below comes from the content brief and is tested
 * over the whole input space in test/core/recommend-path.test.ts.
 */
import type { Effort, PathContent, Resource } from '../content/schema/path.js';
import type { Source } from '../content/schema/common.js';
import type { Level, PathInputs } from './path-inputs.js';

/** The slot where the niche phase of the reader's target direction goes. */
const DIRECTION = 'direction';

/**
 * Phases that follow the core, by level: seniors own serving at scale; staff and principal add
 * distributed training and system trade-offs. Juniors get their entry phase earlier (see below).
 */
const LEVEL_PHASES: Record<Level, string[]> = {
  junior: [],
  mid: ['production-ml-code'],
  senior: ['serving-at-scale'],
  staff: ['serving-at-scale', 'distributed-training', 'ml-system-design'],
  principal: ['ml-system-design', 'distributed-training', 'serving-at-scale'],
};

/** Juniors begin building by integrating pre-trained models and writing testable ML code. */
const JUNIOR_ENTRY = 'integrate-pretrained';

/** Phase ids, in order, for the inputs; `direction` marks the niche phase. */
export function phaseOrder(inputs: Pick<PathInputs, 'level' | 'style' | 'structure'>): string[] {
  // Math never disappears; theory-first readers and staff+ (who weigh trade-offs) go deep.
  const math = inputs.style === 'theory-first' || inputs.level === 'staff' || inputs.level === 'principal' ? 'math-deep' : 'math-core';
  // Readers who want accountability get a structured, graded program.
  const fundamentals = inputs.structure === 'structured' ? 'ml-fundamentals-structured' : 'ml-fundamentals-self-paced';
  const entry = inputs.level === 'junior' ? [JUNIOR_ENTRY] : [];
  const theory = [math, fundamentals];
  // Code-first builds something that works, then learns the theory behind it; theory-first the reverse.
  const middle =
    inputs.style === 'code-first'
      ? [...entry, 'framework-depth', ...theory]
      : [...theory, ...entry, 'framework-depth'];
  return ['python-ml-stack', ...middle, ...LEVEL_PHASES[inputs.level], DIRECTION, 'portfolio-proof', 'keep-learning'];
}

export interface WeekRange {
  min: number;
  max: number;
}

export interface PlannedPhase {
  id: string;
  /** True for the niche phase that comes from the target direction. */
  isDirection: boolean;
  title: string;
  goal: string;
  reason?: string;
  milestone: string;
  effort: Effort;
  weeks: WeekRange;
  /** Weeks from the start of the path to the end of this phase. */
  endsAfter: WeekRange;
  resources: Resource[];
  sources: Source[];
}

export interface LearningPath {
  inputs: PathInputs;
  phases: PlannedPhase[];
  hours: Effort;
  weeks: WeekRange;
}

/** Calendar weeks for an effort at a weekly pace; a phase is never shorter than one week. */
export function weeksFor(effort: Effort, hoursPerWeek: number): WeekRange {
  const pace = Math.max(1, hoursPerWeek);
  return { min: Math.max(1, Math.ceil(effort.min / pace)), max: Math.max(1, Math.ceil(effort.max / pace)) };
}

const addRanges = <T extends WeekRange>(a: T, b: T): WeekRange => ({ min: a.min + b.min, max: a.max + b.max });

export function recommendPath(content: PathContent, inputs: PathInputs): LearningPath {
  const resources = new Map(content.resources.map((r) => [r.id, r]));
  const sources = new Map(content.sources.map((s) => [s.id, s]));
  const phases = new Map(content.phases.map((p) => [p.id, p]));
  const direction = content.directions.find((d) => d.id === inputs.direction);
  const pick = <T>(ids: readonly string[], from: Map<string, T>) => ids.flatMap((id) => from.get(id) ?? []);

  let elapsed: WeekRange = { min: 0, max: 0 };
  const planned = phaseOrder(inputs).flatMap((id): PlannedPhase[] => {
    const entry =
      id === DIRECTION
        ? direction && { ...direction, title: direction.label, reason: undefined, sources: [] as string[] }
        : phases.get(id);
    if (!entry) return [];
    const weeks = weeksFor(entry.effort, inputs.hoursPerWeek);
    elapsed = addRanges(elapsed, weeks);
    return [
      {
        id: entry.id,
        isDirection: id === DIRECTION,
        title: entry.title,
        goal: entry.goal,
        reason: entry.reason,
        milestone: entry.milestone,
        effort: entry.effort,
        weeks,
        endsAfter: elapsed,
        resources: pick(entry.resources, resources),
        sources: pick(entry.sources, sources),
      },
    ];
  });
  return {
    inputs,
    phases: planned,
    hours: planned.reduce((sum, p) => addRanges(sum, p.effort), { min: 0, max: 0 }),
    weeks: elapsed,
  };
}
