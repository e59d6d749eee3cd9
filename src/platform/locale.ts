/** The languages the kit ships; every bundled string exists in each of them. */
export type Locale = 'en' | 'zh-CN';

/**
 * Maps a BCP 47 tag to a shipped locale. Any Chinese tag gets Simplified Chinese (the only Chinese
 * we ship, and closer for a zh-TW reader than English); everything else gets English.
 */
export function toLocale(tag: string | null | undefined): Locale {
  return /^zh(?:[-_]|$)/i.test(tag?.trim() ?? '') ? 'zh-CN' : 'en';
}

/**
 * The language an element should speak: its own `lang`, else the closest ancestor's (crossing
 * shadow roots, so an element inside another component still follows the page), else the document's.
 */
export function resolveLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.closest('[lang]');
    if (lang) return lang.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return element.ownerDocument.documentElement.lang;
}
