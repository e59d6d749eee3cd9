/**
 * The reader's 1:1 plan in every element: Copy (Markdown to the clipboard), Share (the Web Share
 * API, offered only where the browser has it, e.g. on phones) and Download (.md), each confirmed
 * in a polite status message. Building and delivering the plan load on the first click
 * (plan-assemble.ts, plan-deliver.ts), so they cost the element nothing up front. Also registers
 * the element's part of the plan for as long as it is connected.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Locale } from '../../platform/locale.js';
import { contributeToPlan, type PlanContribution } from '../../platform/plan-contributors.js';
import type { ReaderProfile } from '../../platform/profile.js';
import type { PlanDelivery, Strings } from './plan-deliver.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface PlanSource {
  contribution(): PlanContribution | PlanContribution[];
  profile(): ReaderProfile;
  locale(): Locale;
}

export class PlanActions implements ReactiveController {
  /** The last confirmation or problem, read out politely. */
  private message = '';
  /** The plan, shown selected when the browser refused the clipboard. */
  private refusedText?: string;
  private stop?: () => void;

  constructor(
    private readonly host: Host,
    private readonly source: PlanSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stop = contributeToPlan({ host: this.host, contribution: () => this.source.contribution() });
  }

  hostDisconnected(): void {
    this.stop?.();
  }

  /** The plan as Markdown, the same whichever element on the page is asked. */
  async plan(): Promise<string> {
    const { assemblePlan } = await import('./plan-assemble.js');
    return assemblePlan(this.host, this.source.locale(), this.source.profile());
  }

  /** Confirms a download or copy in the element's status region. */
  announce(message: string): void {
    this.message = message;
    this.host.requestUpdate();
  }

  /** Builds and delivers the plan, or says it could not; nothing escapes to the page. */
  private async act(how: PlanDelivery, strings: Strings): Promise<void> {
    this.refusedText = undefined;
    try {
      const [plan, { deliver }] = await Promise.all([this.plan(), import('./plan-deliver.js')]);
      const message = await deliver(how, { plan, strings, showRefused: (text) => (this.refusedText = text) });
      if (message) this.announce(message);
      if (this.refusedText !== undefined) await this.selectRefused();
    } catch {
      this.announce(strings.planFailed);
    }
  }

  private async selectRefused(): Promise<void> {
    await this.host.updateComplete;
    const text = this.host.renderRoot.querySelector<HTMLTextAreaElement>('.plan-text');
    text?.focus();
    text?.select();
  }

  /** The plan's buttons, Copy the primary one; Share only where the browser can share. */
  renderButtons(strings: Strings): TemplateResult {
    const button = (how: PlanDelivery, label: string, secondary = true) =>
      html`<button type="button" class=${secondary ? 'secondary' : ''} @click=${() => this.act(how, strings)}>${label}</button>`;
    // No whitespace between the buttons: the row's gap spaces them, and each space would be a node in every copy.
    // prettier-ignore
    return html`<div class="buttons plan-actions" role="group" aria-label=${strings.planGroup}>${button('copy', strings.planCopy, false)}${'share' in navigator ? button('share', strings.planShare) : nothing}${button('download', strings.planDownload)}</div>`;
  }

  /** The polite confirmation, and the plan to copy by hand when the clipboard was refused. */
  renderStatus(strings: Strings): TemplateResult {
    return html`<p role="status" class="small export-status">${this.message}</p>
      ${this.refusedText === undefined
        ? nothing
        : html`<textarea class="plan-text" readonly rows="8" aria-label=${strings.planText} .value=${this.refusedText}></textarea>`}`;
  }
}
