/**
 * The colour scheme a host page has chosen for itself, from the markers docs sites and CSS
 * frameworks put on `<body>` and `<html>` when their own dark-mode toggle flips. Pure: the platform
 * reads the page (src/platform/host-scheme.ts); anything with attributes will do here.
 *
 * Order of precedence (README, "Theming"), first answer wins:
 * 1. on `<body>`, then on `<html>`: `data-theme="dark|light"` (Docusaurus and many others), then
 *    `data-md-color-scheme="slate|default"` (MkDocs Material), then a `dark` or `light` class
 *    (Tailwind);
 * 2. the root's computed `color-scheme` (or, while that is `normal`, `<meta name="color-scheme">`),
 *    when it names one scheme;
 * 3. none: the element follows the reader's system setting (`prefers-color-scheme`).
 */
export type Scheme = 'light' | 'dark';

/** `<body>` or `<html>`, or anything with attributes. */
export interface Marked {
  getAttribute(name: string): string | null;
}

const MATERIAL = new Map<string | null, Scheme>([
  ['slate', 'dark'],
  ['default', 'light'],
]);

const named = (value: string | null | undefined): Scheme | undefined =>
  value === 'dark' || value === 'light' ? value : undefined;

function markedScheme(element: Marked): Scheme | undefined {
  return (
    named(element.getAttribute('data-theme')) ??
    MATERIAL.get(element.getAttribute('data-md-color-scheme')) ??
    named(element.getAttribute('class')?.split(/\s+/).find(named))
  );
}

/** `dark` or `only dark` names a scheme; `light dark` and `normal` leave it to the reader. */
const declaredScheme = (colorScheme: string | null | undefined): Scheme | undefined =>
  named(/^(?:only )?(\w+)(?: only)?$/.exec(colorScheme?.trim() ?? '')?.[1]);

/**
 * The host page's scheme, or undefined when it names none.
 * @param nearestFirst the page's `<body>` and `<html>`, in that order (either may be missing)
 * @param rootColorScheme the root element's computed `color-scheme`
 * @param metaColorScheme the content of `<meta name="color-scheme">`
 */
export function hostScheme(
  nearestFirst: readonly (Marked | null | undefined)[],
  rootColorScheme: string | null | undefined,
  metaColorScheme: string | null | undefined,
): Scheme | undefined {
  for (const element of nearestFirst) {
    const scheme = element && markedScheme(element);
    if (scheme) return scheme;
  }
  // As in CSS, the meta tag counts only while the root declares nothing.
  return declaredScheme(rootColorScheme && rootColorScheme !== 'normal' ? rootColorScheme : metaColorScheme);
}
