/**
 * The script of the static embed pages in dist/embed/ (one per element), for hosts that allow only
 * iframes. It builds the element from the page's query string (?lang=zh-TW&theme=dark&content=URL
 * and the element's own attributes) and tells the host page its height, so the iframe can fit it.
 */
import { HEIGHT_MESSAGE } from './height-message.js';

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
  reportHeight(doc);
  return element;
}

/** Posts the page height to the host whenever it changes; the host snippet sizes the iframe. */
function reportHeight(doc: Document): void {
  const view = doc.defaultView;
  if (!view || view.parent === view) return;
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    view.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  }).observe(doc.documentElement);
}

mountEmbed();
