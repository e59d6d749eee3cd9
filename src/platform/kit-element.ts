/**
 * What every element of the kit shares as a Lit element:
 * - its first render waits for a task of its own, and its heavy parts (`complete`) wait for the
 *   next one, so a page with several elements never blocks the main thread in one long task
 *   (Lighthouse's Total Blocking Time);
 * - a `loading` custom state until it has rendered and while its language or the page's content is
 *   on its way, so a page can keep the element's box with `:state(loading)` and nothing shifts.
 */
import { LitElement } from 'lit';

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

export class KitElement extends LitElement {
  private readonly internals = this.attachInternals?.();

  constructor() {
    super();
    this.setLoading(true);
  }

  /** False during the first render: parts that build a lot of DOM wait for the next task. */
  protected complete = false;

  /** True while the element is not fully rendered or something it needs is still loading. */
  protected get busy(): boolean {
    return !this.complete;
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
    this.setLoading(this.busy);
  }

  private setLoading(loading: boolean): void {
    const states = this.internals?.states;
    if (!states) return; // browsers without custom states simply keep the page's own rule
    if (loading) states.add('loading');
    else states.delete('loading');
  }
}
