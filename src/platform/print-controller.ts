/**
 * Tells an element when the page is being printed (or saved as PDF), so it can render what a
 * printed page needs and a screen keeps folded. `beforeprint`/`afterprint` cover the print dialog;
 * the `print` media query also covers emulated print media (tests, devtools).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  printing = false;
  private query?: MediaQueryList;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.query = globalThis.matchMedia?.('print');
    this.query?.addEventListener('change', this.sync);
    globalThis.addEventListener('beforeprint', this.start);
    globalThis.addEventListener('afterprint', this.sync);
    this.sync();
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.sync);
    globalThis.removeEventListener('beforeprint', this.start);
    globalThis.removeEventListener('afterprint', this.sync);
  }

  private set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }

  private readonly start = () => this.set(true);
  /** After printing, or when the media query changes: print media decides. */
  private readonly sync = () => this.set(Boolean(this.query?.matches));
}
