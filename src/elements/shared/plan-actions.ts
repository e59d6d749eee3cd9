/**
 * The reader's 1:1 plan in every element: Copy (Markdown to the clipboard), Share (the Web Share
 * API, offered only where the browser has it, e.g. on phones) and Download (.md), one status
 * message confirming each. The plan itself is built by code loaded only when a reader asks for it.
 * Also registers the element's part of the plan for as long as it is connected.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { fill } from '../../core/format.js';
import { downloadText } from '../../platform/download.js';
import type { Locale } from '../../platform/locale.js';
import { contributeToPlan, type PlanContribution } from '../../platform/plan-contributors.js';
import type { ReaderProfile } from '../../platform/profile.js';
import type common from '../../content/common/ui.en.json';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
type Strings = typeof common;

export const PLAN_FILE = 'ml-transition-plan.md';

export interface PlanSource {
  contribution(): PlanContribution;
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

  /** Runs `use` with the plan, or says it could not be made; nothing escapes to the page. */
  private async withPlan(strings: Strings, use: (plan: string) => Promise<string | undefined>): Promise<void> {
    this.refusedText = undefined;
    let plan: string;
    try {
      plan = await this.plan();
    } catch {
      return this.announce(strings.planFailed);
    }
    const message = await use(plan);
    if (message !== undefined) this.announce(message);
  }

  private copy(strings: Strings): Promise<void> {
    return this.withPlan(strings, async (plan) => {
      try {
        await navigator.clipboard.writeText(plan);
        return strings.planCopied;
      } catch {
        this.refusedText = plan;
        this.host.requestUpdate();
        void this.selectRefused();
        return strings.planCopyRefused;
      }
    });
  }

  private async selectRefused(): Promise<void> {
    await this.host.updateComplete;
    const text = this.host.renderRoot.querySelector<HTMLTextAreaElement>('.plan-text');
    text?.focus();
    text?.select();
  }

  private share(strings: Strings): Promise<void> {
    return this.withPlan(strings, async (plan) => {
      try {
        await navigator.share({ title: plan.slice(2, plan.indexOf('\n')), text: plan });
        return strings.planShared;
      } catch (error) {
        // The reader closed the share sheet: nothing to confirm or to complain about.
        return (error as Error)?.name === 'AbortError' ? '' : strings.planFailed;
      }
    });
  }

  private download(strings: Strings): Promise<void> {
    return this.withPlan(strings, async (plan) => {
      downloadText(PLAN_FILE, 'text/markdown', plan);
      return fill(strings.downloaded, { file: PLAN_FILE });
    });
  }

  /** The plan's buttons, Copy the primary one; Share only where the browser can share. */
  renderButtons(strings: Strings): TemplateResult {
    return html`<div class="buttons plan-actions" role="group" aria-label=${strings.planGroup}>
      <button type="button" @click=${() => this.copy(strings)}>${strings.planCopy}</button>
      ${'share' in navigator
        ? html`<button type="button" class="secondary" @click=${() => this.share(strings)}>${strings.planShare}</button>`
        : nothing}
      <button type="button" class="secondary" @click=${() => this.download(strings)}>${strings.planDownload}</button>
    </div>`;
  }

  /** The polite confirmation, and the plan to copy by hand when the clipboard was refused. */
  renderStatus(strings: Strings): TemplateResult {
    return html`<p role="status" class="small export-status">${this.message}</p>
      ${this.refusedText === undefined
        ? nothing
        : html`<textarea class="plan-text" readonly rows="8" aria-label=${strings.planText} .value=${this.refusedText}></textarea>`}`;
  }
}
