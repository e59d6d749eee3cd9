/**
 * The elements on the page that can contribute a part of the reader's 1:1 plan. Each element
 * registers while connected; whichever element the reader asks, the plan takes every part from the
 * element on the page that shows it, so it is the same plan from any of them. A part whose element
 * is absent is computed from the shared profile and saved progress (elements/shared/plan-assemble.ts).
 */
import type { ChecklistContent } from '../content/schema/checklist.js';
import type { PathContent } from '../content/schema/path.js';
import type { SkillMapperContent } from '../content/schema/skill-mapper.js';
import type { ChecklistState } from '../core/checklist-state.js';
import type { PathInputs } from '../core/path-inputs.js';
import type { PathProgress } from '../core/path-progress.js';

/** What an element on the page knows, with the page's presets and the reader's answers applied. */
export type PlanContribution =
  | { kind: 'skills'; content: SkillMapperContent; selected: string[] }
  | { kind: 'path'; content: PathContent; inputs: PathInputs }
  | { kind: 'checklist'; content: ChecklistContent; state: ChecklistState }
  | { kind: 'path-progress'; progress: PathProgress };

export interface PlanContributor {
  /** The element: where it is on the page and which profile group it belongs to. */
  readonly host: HTMLElement;
  /** One part, or several (the path and the reader's progress on it). */
  contribution(): PlanContribution | PlanContribution[];
}

/**
 * Kept on globalThis under a registered symbol, like the page-wide profiles: elements from two CDN
 * files are separate module instances and must still find each other.
 */
const CONTRIBUTORS = Symbol.for('ml-transition-kit.plan-contributors');

const registry = (): Set<PlanContributor> => ((globalThis as { [CONTRIBUTORS]?: Set<PlanContributor> })[CONTRIBUTORS] ??= new Set());

/** Adds `contributor` while its element is connected; returns the function that removes it. */
export function contributeToPlan(contributor: PlanContributor): () => void {
  registry().add(contributor);
  return () => registry().delete(contributor);
}

export const profileGroupOf = (element: Element) => element.getAttribute('profile-group') ?? '';

/** What each kind of element in `group` contributes: the first of its kind in document order. */
export function planContributions(group: string): PlanContribution[] {
  const found = [...registry()]
    .filter((contributor) => contributor.host.isConnected && profileGroupOf(contributor.host) === group)
    .sort((a, b) => (a.host.compareDocumentPosition(b.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
    .flatMap((contributor) => contributor.contribution());
  return found.filter((item, index) => found.findIndex((other) => other.kind === item.kind) === index);
}
