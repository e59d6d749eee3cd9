/**
 * Lets an embedder extend or replace an element's bundled content (`src` attribute or an inline
 * `<script type="application/json">` child, `content-mode="extend|replace"`). Pages without an
 * override load none of the work: reading, schema and validator come in one on-demand chunk.
 * Whatever goes wrong, the bundled content stays in use and `problems` says what and where.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContentKind } from '../core/validate-override.js';
import type { Problem } from '../core/validate.js';
import type { ProblemReport } from './describe-problems.js';
import type { LoadedOverride } from './loaded-override.js';
import type { Locale } from './locale.js';

type Host = ReactiveControllerHost & HTMLElement;

export class OverrideController<T extends object> implements ReactiveController {
  /** Problems with the embedder's content; empty when there is none or it is fine. */
  problems: Problem[] = [];
  /** True while the override is being fetched and checked. */
  loading = false;

  private readonly host: Host;
  private readonly loadKind: () => Promise<ContentKind<T>>;
  private loaded?: LoadedOverride<T>;
  private applied?: { bundled: T; content: T };

  constructor(host: Host, loadKind: () => Promise<ContentKind<T>>) {
    this.host = host;
    this.loadKind = loadKind;
    host.addController(this);
  }

  hostConnected(): void {
    const host = this.host;
    const present = host.hasAttribute('src') || host.querySelector(':scope > script[type="application/json"]');
    if (present && !this.loading && !this.loaded) void this.load();
  }

  private async load(): Promise<void> {
    this.loading = true;
    this.host.requestUpdate();
    try {
      const [{ loadOverride }, kind] = await Promise.all([import('./loaded-override.js'), this.loadKind()]);
      this.loaded = await loadOverride(this.host, kind);
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
    return this.problems.length && this.loaded ? this.loaded.describe(this.problems, locale) : undefined;
  }

  /** The content to render: the bundled content with the override applied, if it is valid. */
  apply(bundled: T): T {
    if (!this.loaded) return bundled;
    if (this.applied?.bundled !== bundled) {
      const { content, problems } = this.loaded.apply(bundled);
      this.problems = problems;
      this.applied = { bundled, content };
    }
    return this.applied.content;
  }
}
