/**
 * Follows the host page's own colour mode (src/core/host-scheme.ts) live, as its toggle flips.
 * One MutationObserver for the whole page, however many elements follow it, watching only the
 * marker attributes of `<html>` and `<body>`; it stops when the last element disconnects.
 */
import { hostScheme, type Scheme } from '../core/host-scheme.js';

export type SchemeFollower = (scheme: Scheme | undefined) => void;

const followers = new Set<SchemeFollower>();
let observer: MutationObserver | undefined;

/** The scheme read in this task: every element the parser upgrades at once shares one style read. */
let read: { scheme: Scheme | undefined } | undefined;

function pageScheme(): Scheme | undefined {
  if (!read) {
    const root = document.documentElement;
    const scheme = hostScheme(
      [document.body, root],
      getComputedStyle(root).colorScheme,
      document.querySelector('meta[name="color-scheme"]')?.getAttribute('content'),
    );
    read = { scheme };
    queueMicrotask(() => (read = undefined));
  }
  return read.scheme;
}

function notify(): void {
  read = undefined; // the page changed since any read in this task
  const scheme = pageScheme();
  for (const follower of followers) follower(scheme);
}

/** Calls `follower` with the page's scheme now and whenever it changes; returns the way to stop. */
export function followHostScheme(follower: SchemeFollower): () => void {
  followers.add(follower);
  observer ??= new MutationObserver(notify);
  // Observing a node again replaces its registration, so this also picks up a replaced <body>.
  for (const node of [document.documentElement, document.body]) {
    if (node) observer.observe(node, { attributeFilter: ['class', 'style', 'data-theme', 'data-md-color-scheme'] });
  }
  follower(pageScheme());
  return () => {
    followers.delete(follower);
    if (followers.size) return;
    observer?.disconnect();
    observer = undefined;
  };
}
