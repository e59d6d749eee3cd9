// Opens a page a framework rendered on the server (test/support/ssr-pages.mjs) in a frame, with the
// reader's saved profile in place before any script runs, and waits for the kit's elements.
import { waitUntil } from '@open-wc/testing';

export interface ServerRenderedPage {
  doc: Document;
  /** console.error and console.warn calls of the page, from before its first script. */
  messages: () => string[];
  /** The tags as the server sent them, before any script ran. */
  sentTags: string[];
}

const openingTags = (html: string) => [...html.matchAll(/<(skill-mapper|path-recommender)\b[^>]*>/g)].map((match) => match[0]);

export async function openServerRendered(path: string, saved?: object): Promise<ServerRenderedPage> {
  const url = `${path}${saved ? `?saved=${encodeURIComponent(JSON.stringify(saved))}` : ''}`;
  const sent = await (await fetch(url)).text();
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '700';
  frame.src = url;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const tags = [...doc.querySelectorAll('skill-mapper, path-recommender')];
  await waitUntil(() => tags.every((tag) => tag.shadowRoot?.querySelector('[aria-busy="false"]')), `${path} did not render`, { timeout: 8000 });
  const win = frame.contentWindow as Window & { consoleMessages: string[] };
  return { doc, messages: () => win.consoleMessages, sentTags: openingTags(sent) };
}

/** The opening tags of the kit's elements as they are in the page now. */
export const currentTags = (doc: Document) =>
  [...doc.querySelectorAll('skill-mapper, path-recommender')].map((element) => element.outerHTML.slice(0, element.outerHTML.indexOf('>') + 1));

export const chip = (element: Element, id: string) => element.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!;

export const checkedIds = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((input) => input.value);
