import { fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';

/** Text a reader sees in an element's shadow root, whitespace collapsed. */
export function visibleText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the element has rendered and any language it asked for has arrived. */
export async function settled(element: LitElement): Promise<void> {
  await element.updateComplete;
  await waitUntil(() => element.shadowRoot?.querySelector('[aria-busy="false"]'), 'element never finished loading', {
    timeout: 5000,
  });
  await element.updateComplete;
  await nextFrame();
}

/** `element` rendered, settled, in a column `width` px wide set in a blog's body text, as on a phone. */
export async function inColumn<T extends LitElement>(width: number, element: TemplateResult): Promise<T> {
  const column = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font: 18px/1.65 Georgia, serif">${element}</div>`);
  const rendered = column.firstElementChild as T;
  await settled(rendered);
  return rendered;
}

/** Collects console.warn calls while `run` runs. */
export async function captureWarnings(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Runs `run` while every localStorage read and write throws, as in private modes or full quotas. */
export async function withThrowingStorage(run: () => Promise<void>): Promise<void> {
  const { getItem, setItem } = Storage.prototype;
  Storage.prototype.getItem = () => {
    throw new DOMException('blocked', 'SecurityError');
  };
  Storage.prototype.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  try {
    await run();
  } finally {
    Object.assign(Storage.prototype, { getItem, setItem });
  }
}

/** Opens every folded section of an element (checklist steps, path phases and habits), as a reader clicking through them would. */
export async function openAllSections(element: Element & { updateComplete: Promise<unknown> }): Promise<void> {
  for (const fold of element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.fold[aria-expanded="false"]')) fold.click();
  await element.updateComplete;
}

/** The fold buttons of a path's phases (or of its habits, with `'habit'`), in order. */
export const folds = (element: Element, part: 'phase' | 'habit' = 'phase') => [
  ...element.shadowRoot!.querySelectorAll<HTMLButtonElement>(`[part="${part}"] > :first-child > .fold`),
];

/** A fold line's title: its own text and any tag, without the status and length that follow it. */
export const foldTitle = (fold: Element) =>
  [...fold.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE || (node instanceof Element && !node.matches('.status, .weeks, .small:not(.tag)')))
    .map((node) => node.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/** The titles of a path's phases as its folded lines show them. */
export const phaseTitles = (element: Element) => folds(element).map(foldTitle);
