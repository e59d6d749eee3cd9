/**
 * What every element of the kit shares as a Lit element:
 * - the attributes every element has: `theme`, `src` and `content-mode`, `profile-group`;
 * - its content: the bundled content of its language with the page's override applied;
 * - its first render waits for a task of its own, and its heavy parts (`complete`) wait for the
 *   next one, so a page with several elements never blocks the main thread in one long task
 *   (Lighthouse's Total Blocking Time);
 * - a `loading` custom state until it has rendered and while its language or the page's content is
 *   on its way, so a page can keep the element's box with `:state(loading)` and nothing shifts;
 * - `host-dark` or `host-light` custom states while the host page's own colour mode names one
 *   (src/styles/tokens.ts turns them into the element's colour scheme).
 */
import { LitElement, type PropertyDeclarations } from 'lit';
import type { LocalizedController } from './localized.js';
import type { OverrideController } from './override-controller.js';
import { followHostScheme } from './host-scheme.js';
import { toHeadingLevel } from '../core/coerce.js';
import { readInput, reflectSafely, warnIgnored } from './read-input.js';

/**
 * A new task as soon as possible: a MessageChannel message, which unlike setTimeout is never
 * clamped to 4 ms when nested.
 */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });

export abstract class KitElement<Content extends object> extends LitElement {
  // Typed as the general map so each element adds its own; Lit merges them with these.
  static override properties: PropertyDeclarations = {
    theme: { type: String, reflect: true, converter: reflectSafely },
    src: { type: String },
    contentMode: { type: String, attribute: 'content-mode' },
    profileGroup: { type: String, attribute: 'profile-group' },
    fallback: { type: String },
    headingLevel: { attribute: 'heading-level' },
    hideHeading: { type: Boolean, reflect: true, attribute: 'hide-heading' },
  };

  /**
   * `light`, `dark`, or `auto` (the default): follows the host page's own dark-mode markers, else
   * the reader's system setting (README, "Theming").
   */
  declare theme?: 'light' | 'dark' | 'auto';
  /**
   * URL of JSON content that extends or replaces the bundled content (see `content-mode`). Same
   * schema as the bundled content: `dist/schema/<tag>.schema.json`. Read when connected.
   */
  declare src?: string;
  /**
   * `extend` (the default): entries of the embedder's content replace bundled entries with the
   * same id and add new ones. `replace`: the embedder's content is used instead of the bundled one.
   */
  declare contentMode?: 'extend' | 'replace';
  /**
   * Elements with the same group share one reader profile (the page-wide one by default); give
   * two sets of elements different groups to keep them apart. Read when the element connects.
   */
  declare profileGroup?: string;
  /**
   * The id of an element on the page to hide once this one has rendered: fallback content for
   * hosts that move it out of the tags (Python-Markdown moves a `<p>` written inside them to after
   * them). An id that names nothing, the element itself or a wrapper around it is warned about.
   */
  declare fallback?: string;

  /**
   * The level of the element's heading, 2 to 6 (default 2), to fit under the page's own headings;
   * the element's inner headings follow one level below it.
   */
  declare headingLevel?: number | string;
  /**
   * Hides the element's heading from view when the page's own heading already says it. Screen
   * readers still hear it: it names the element's region.
   */
  declare hideHeading?: boolean;

  protected abstract readonly localized: LocalizedController<{ content: Content }>;
  protected abstract readonly override: OverrideController<Content>;

  /** False during the first render: parts that build a lot of DOM wait for the next task. */
  protected complete = false;

  private readonly internals = this.attachInternals?.();
  private unfollowHostScheme?: () => void;

  constructor() {
    super();
    this.setState('loading', true);
  }

  /** The bundled content of the element's language, with the embedder's override applied. */
  protected get content(): Content {
    return this.override.apply(this.localized.value.content);
  }

  /** True until the element has fully rendered and its language and the page's content arrived. */
  protected get busy(): boolean {
    return !this.complete || this.localized.loading || this.override.loading;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unfollowHostScheme = followHostScheme((scheme) => {
      this.setState('host-dark', scheme === 'dark');
      this.setState('host-light', scheme === 'light');
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unfollowHostScheme?.();
  }

  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await nextTask();
    super.scheduleUpdate();
  }

  protected override firstUpdated(): void {
    void nextTask().then(() => {
      this.complete = true;
      this.requestUpdate();
    });
  }

  protected override updated(): void {
    this.setState('loading', this.busy);
    if (!this.busy) this.hideFallback();
    this.levelHeadings();
  }

  /** The level the headings are shifted by, to remove it again when the attribute goes. */
  private headingShift = 0;

  /**
   * Templates write h2 for the element's heading and h3–h4 below it; a page that asks for another
   * level gets every heading moved by the same amount, for assistive technology (the look stays).
   * role="heading" is spelled out because older WebKit only honours aria-level with it.
   */
  private levelHeadings(): void {
    const shift = (readInput(this, 'heading-level', this.headingLevel, toHeadingLevel) ?? 2) - 2;
    if (shift === 0 && this.headingShift === 0) return;
    this.headingShift = shift;
    for (const heading of this.renderRoot.querySelectorAll('h2, h3, h4, h5, h6')) {
      if (shift === 0) {
        heading.removeAttribute('role');
        heading.removeAttribute('aria-level');
      } else {
        heading.setAttribute('role', 'heading');
        heading.setAttribute('aria-level', String(Math.min(6, Number(heading.localName[1]) + shift)));
      }
    }
  }

  private hideFallback(): void {
    const id: unknown = this.fallback;
    if (id === undefined || id === null || id === '') return;
    const root = this.getRootNode() as Partial<NonElementParentNode>;
    const found = typeof id === 'string' ? root.getElementById?.(id) : null;
    // Never the element itself or a wrapper around it: that would hide the widget for good.
    const usable = found instanceof HTMLElement && !found.contains(this);
    if (usable) found.hidden = true;
    warnIgnored(this, 'fallback', usable ? [] : [id]);
  }

  private setState(state: string, on: boolean): void {
    const states = this.internals?.states;
    if (!states) return; // browsers without custom states keep the page's own rule and the reader's scheme
    if (on) states.add(state);
    else states.delete(state);
  }
}
