/**
 * The on-demand half of content overrides: reads the embedder's JSON, checks it against the
 * element's schema, and applies it. Only pages that use an override download this module.
 */
import { toOneOf } from '../core/coerce.js';
import type { ContentKind, ContentMode } from '../core/validate-override.js';
import { validateOverride } from '../core/validate-override.js';
import type { Problem } from '../core/validate.js';
import { describeProblems } from './describe-problems.js';
import { readInput } from './read-input.js';
import { readOverride } from './read-override.js';

const CONTENT_MODES: readonly ContentMode[] = ['extend', 'replace'];

export interface LoadedOverride<T> {
  /** The bundled content with the override applied, or the bundled content and the problems. */
  apply(bundled: T): { content: T; problems: Problem[] };
  describe: typeof describeProblems;
}

export async function loadOverride<T extends object>(host: HTMLElement, kind: ContentKind<T>): Promise<LoadedOverride<T>> {
  const raw = await readOverride(host);
  const mode = readInput(host, 'content-mode', host.getAttribute('content-mode'), (v) => toOneOf(CONTENT_MODES, v)) ?? 'extend';
  return {
    apply(bundled) {
      if (!raw.ok) return { content: bundled, problems: raw.problems };
      const result = validateOverride(raw.data, mode, bundled, kind);
      if (!result.ok) console.warn(`<${host.localName}>: content override ignored`, result.problems);
      return { content: result.ok ? result.value : bundled, problems: result.problems };
    },
    describe: describeProblems,
  };
}
