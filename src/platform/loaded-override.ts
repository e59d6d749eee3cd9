/**
 * The on-demand half of content overrides: reads the embedder's JSON, checks it against the
 * element's schema, and applies it. Only pages that use an override download this module.
 */
import type { ContentKind, ContentMode } from '../core/validate-override.js';
import { validateOverride } from '../core/validate-override.js';
import type { Problem } from '../core/validate.js';
import { describeProblems } from './describe-problems.js';
import { readOverride } from './read-override.js';

export interface LoadedOverride<T> {
  /** The bundled content with the override applied, or the bundled content and the problems. */
  apply(bundled: T): { content: T; problems: Problem[] };
  describe: typeof describeProblems;
}

export async function loadOverride<T extends object>(host: HTMLElement, kind: ContentKind<T>): Promise<LoadedOverride<T>> {
  const raw = await readOverride(host);
  const mode: ContentMode = host.getAttribute('content-mode') === 'replace' ? 'replace' : 'extend';
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
