/**
 * Puts problems with an embedder's content into the reader's language. Part of the on-demand
 * override code: pages without an override never download these strings.
 */
import en from '../content/common/problems.en.json';
import zhCn from '../content/common/problems.zh-CN.json';
import zhHant from '../content/common/problems.zh-Hant.json';
import { fill } from '../core/format.js';
import type { Problem } from '../core/validate.js';
import type { Locale } from './locale.js';

export interface ProblemReport {
  heading: string;
  /** "$.roles[1] names an id that does not exist", at most `SHOWN` of them. */
  items: { path: string; reason: string }[];
  /** "…and 3 more.", when some were left out. */
  more?: string;
}

const SHOWN = 8;

/** Valibot's type checks report the expected type as the code; they all read the same to people. */
const TYPE_CODES = new Set(['object', 'array', 'string', 'number', 'boolean', 'strict_object', 'loose_object']);

export function describeProblems(problems: readonly Problem[], locale: Locale): ProblemReport {
  const strings = { en, 'zh-CN': zhCn, 'zh-Hant': zhHant }[locale];
  const reasons = strings.problemReasons as Record<string, string>;
  return {
    heading: strings.contentProblems,
    items: problems.slice(0, SHOWN).map((problem) => ({
      path: problem.path,
      reason: fill(reasons[TYPE_CODES.has(problem.code) ? 'type' : problem.code] ?? reasons.other, { limit: problem.limit ?? '' }),
    })),
    more: problems.length > SHOWN ? fill(strings.moreProblems, { count: problems.length - SHOWN }) : undefined,
  };
}
