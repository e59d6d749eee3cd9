/**
 * The script of the static embed pages in dist/embed/ (one per element), for hosts that allow only
 * iframes. It builds the element from the page's query string (?lang=zh-TW&theme=dark&content=URL
 * and the element's own attributes) and tells the host page its height, so the iframe can fit it.
 */
import { HEIGHT_MESSAGE, HEIGHT_REQUEST } from './height-message.js';

const ATTRIBUTES: Record<string, string[]> = {
  'skill-mapper': ['specialization', 'profile-group'],
  'path-recommender': ['level', 'learning-style', 'structure', 'hours-per-week', 'direction', 'profile-group'],
  'transition-checklist': ['storage-key', 'profile-group'],
};

function mountEmbed(doc: Document = document): HTMLElement | undefined {
  const tag = doc.documentElement.dataset.element ?? '';
  const allowed = ATTRIBUTES[tag];
  if (!allowed) return undefined;
  const params = new URLSearchParams(doc.location.search);
  doc.documentElement.lang = params.get('lang') ?? doc.documentElement.lang;
  const element = doc.createElement(tag);
  const theme = params.get('theme');
  if (theme) element.setAttribute('theme', theme);
  const content = params.get('content');
  if (content) element.setAttribute('src', content);
  if (params.get('content-mode')) element.setAttribute('content-mode', params.get('content-mode')!);
  for (const name of allowed) {
    const value = params.get(name);
    if (value !== null) element.setAttribute(name, value);
  }
  doc.querySelector('main')?.replaceChildren(element);
  reportHeight(doc, element);
  return element;
}

/**
 * Posts the page height to the host whenever it changes, and answers the host's request for it;
 * the host snippet sizes the iframe. Chromium pauses rendering, and so ResizeObserver, in
 * cross-origin frames out of view, so each render of the element is measured too: a forced layout
 * runs even there, and frames below the fold get their height before the reader scrolls to them.
 */
function reportHeight(doc: Document, element: HTMLElement): void {
  const view = doc.defaultView;
  if (!view || view.parent === view) return;
  const measure = () => Math.ceil(doc.documentElement.getBoundingClientRect().height);
  let last = 0;
  const postIfChanged = () => {
    const height = measure();
    if (height === last) return;
    last = height;
    view.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(postIfChanged).observe(doc.documentElement);
  // Lit renders into the shadow root: every update, including the first, shows up as mutations.
  new MutationObserver(postIfChanged).observe(element.shadowRoot ?? element, { subtree: true, childList: true, attributes: true, characterData: true });
  view.addEventListener('message', (event: MessageEvent) => {
    // Only the page that frames this one may ask; the answer goes back to it alone.
    if (event.source !== view.parent || (event.data as { type?: unknown } | null)?.type !== HEIGHT_REQUEST) return;
    last = measure();
    view.parent.postMessage({ type: HEIGHT_MESSAGE, height: last }, event.origin === 'null' ? '*' : event.origin);
  });
}

mountEmbed();
