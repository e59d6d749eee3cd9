/**
 * The host-page snippet for the embed pages: sizes the kit's iframes, the ones marked
 * `data-mltk-embed`, to their content. A height counts only when it comes from the window inside a
 * marked iframe, from the origin of that iframe's `src`, and is a finite number; it is then held to
 * a sane range. Other frames on the page (ads, widgets, a page the iframe was sent to) resize nothing.
 * When it starts it asks each marked iframe for its height, so frames that rendered before this
 * script ran (loaded async, by a tag manager) are sized too.
 */
import { HEIGHT_MESSAGE, HEIGHT_REQUEST } from './height-message.js';

const MIN_HEIGHT = 100;
const MAX_HEIGHT = 20_000;

const originOf = (frame: HTMLIFrameElement): string | undefined => {
  try {
    return new URL(frame.src).origin;
  } catch {
    return undefined; // no src, or not a URL
  }
};

addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (data?.type !== HEIGHT_MESSAGE || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-mltk-embed]')) {
    if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) continue;
    frame.height = String(Math.round(Math.min(Math.max(data.height, MIN_HEIGHT), MAX_HEIGHT)));
  }
});

// The request carries nothing but its type, and goes only to the origin of each iframe's src.
for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-mltk-embed]')) {
  const origin = originOf(frame);
  if (origin && origin !== 'null') frame.contentWindow?.postMessage({ type: HEIGHT_REQUEST }, origin);
}
