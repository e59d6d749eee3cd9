/**
 * What the plan's buttons do, loaded with the plan on a reader's first click: copy to the
 * clipboard (or, refused, hand the text over selected), share through the Web Share API, download.
 * Each returns the confirmation to show, or '' when there is nothing to say.
 */
import { fill } from '../../core/format.js';
import { downloadText } from '../../platform/download.js';
import type common from '../../content/common/ui.en.json';

export type Strings = typeof common;
export type PlanDelivery = 'copy' | 'share' | 'download';

export const PLAN_FILE = 'ml-transition-plan.md';

export interface Delivery {
  plan: string;
  strings: Strings;
  /** Shows the plan selected, for the reader to copy by hand. */
  showRefused(plan: string): void;
}

export async function deliver(how: PlanDelivery, { plan, strings, showRefused }: Delivery): Promise<string> {
  if (how === 'download') {
    downloadText(PLAN_FILE, 'text/markdown', plan);
    return fill(strings.downloaded, { file: PLAN_FILE });
  }
  if (how === 'copy') {
    try {
      await navigator.clipboard.writeText(plan);
      return strings.planCopied;
    } catch {
      showRefused(plan);
      return strings.planCopyRefused;
    }
  }
  try {
    await navigator.share({ title: plan.slice(2, plan.indexOf('\n')), text: plan });
    return strings.planShared;
  } catch (error) {
    // The reader closed the share sheet: nothing to confirm or complain about.
    return (error as Error)?.name === 'AbortError' ? '' : strings.planFailed;
  }
}
