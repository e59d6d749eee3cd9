/**
 * Lets an embedder extend or replace an element's bundled content (`src` attribute or an inline
 * `<script type="application/json">` child, `content-mode="extend|replace"`). Pages without an
 * override load none of this: the reading, the schema and the validator are fetched on demand.
 * Whatever goes wrong, the bundled content stays in use and `problems` says what and where.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContentKind, ContentMode } from '../core/validate-override.js';
import type { Problem } from '../core/validate.js';
import type { ProblemReport } from './describe-problems.js';
import type { Locale } from './locale.js';

type Host = ReactiveControllerHost & HTMLElement;

export function hasOverride(host: HTMLElement): boolean {
  return host.hasAttribute('src') || host.querySelector(':scope > script[type="application/json"]') !== null;
}

export class OverrideController<T extends object> implements ReactiveController {
  /** Problems with the embedder's content; empty when there is none or it is fine. */
  problems: Problem[] = [];
  /** True while the override is being fetched and checked. */
  loading = false;

  private readonly host: Host;
  private readonly loadKind: () => Promise<ContentKind<T>>;
  private ready?: { data: unknown; mode: ContentMode; kind: ContentKind<T>; validate: typeof import('../core/validate-override.js').validateOverride };
  private describe?: typeof import('./describe-problems.js').describeProblems;
  private applied?: { bundled: T; result: T };

  constructor(host: Host, loadKind: () => Promise<ContentKind<T>>) {
    this.host = host;
    this.loadKind = loadKind;
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.loading && !this.ready && hasOverride(this.host)) void this.load();
  }

  private async load(): Promise<void> {
    this.loading = true;
    this.host.requestUpdate();
    try {
      const [{ readOverride }, { validateOverride }, { describeProblems }, kind] = await Promise.all([
        import('./read-override.js'),
        import('../core/validate-override.js'),
        import('./describe-problems.js'),
        this.loadKind(),
      ]);
      this.describe = describeProblems;
      const raw = await readOverride(this.host);
      if (raw.ok) {
        const mode: ContentMode = this.host.getAttribute('content-mode') === 'replace' ? 'replace' : 'extend';
        this.ready = { data: raw.data, mode, kind, validate: validateOverride };
      } else {
        this.problems = raw.problems;
      }
    } catch (error) {
      // The on-demand code itself failed to load (offline, blocked): keep the bundled content.
      this.problems = [{ path: '$', code: 'fetch-failed', message: String(error) }];
    } finally {
      this.loading = false;
      this.host.requestUpdate();
    }
  }

  /** The problems in the reader's language, or undefined when there are none. */
  report(locale: Locale): ProblemReport | undefined {
    return this.problems.length && this.describe ? this.describe(this.problems, locale) : undefined;
  }

  /** The content to render: the bundled content with the override applied, if it is valid. */
  apply(bundled: T): T {
    if (!this.ready) return bundled;
    if (this.applied?.bundled !== bundled) {
      const { data, mode, kind, validate } = this.ready;
      const result = validate(data, mode, bundled, kind);
      this.problems = result.problems;
      if (this.problems.length) console.warn(`<${this.host.localName}>: content override ignored`, this.problems);
      this.applied = { bundled, result: result.ok ? result.value : bundled };
    }
    return this.applied.result;
  }
}
