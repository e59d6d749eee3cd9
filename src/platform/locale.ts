/** The languages the kit ships; every bundled string exists in each of them. */
export type Locale = 'en' | 'zh-CN' | 'zh-Hant';

/**
 * Maps a BCP 47 tag to a shipped locale: Traditional Chinese for Taiwan, Hong Kong, Macao and any
 * tag that names the Hant script; Simplified Chinese for every other Chinese tag (zh, zh-CN, zh-SG,
 * zh-Hans…); English for everything else.
 */
export function toLocale(tag: string | null | undefined): Locale {
  const trimmed = tag?.trim() ?? '';
  // The first subtag after zh decides: a script (Hant, Hans) or a region (TW, HK, MO, CN, SG).
  return /^zh[-_](?:hant|tw|hk|mo)(?:[-_]|$)/i.test(trimmed) ? 'zh-Hant' : /^zh(?:[-_]|$)/i.test(trimmed) ? 'zh-CN' : 'en';
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
