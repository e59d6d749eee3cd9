/**
 * A list's items, made with DOM calls on the list itself: `<ul ${textList(items)}>` (see
 * built-children.ts). The lists this fills (every element's sources, the path's reasons) hold only
 * text and links. Text is set as text, never HTML.
 */
import { noChange, nothing } from 'lit';
import { directive, type ElementPart } from 'lit/directive.js';
import { BuiltChildren } from './built-children.js';

export interface TextItem {
  text: string;
  /** Makes `text` a link. */
  href?: string;
  /** The language of `text` when it may differ from the page's (a published title). */
  lang?: string;
  /** Plain text after the link or text, e.g. " (author)". */
  after?: string;
}

function itemOf({ text, href, lang, after }: TextItem): HTMLLIElement {
  const item = document.createElement('li');
  if (href || lang) {
    const title = item.appendChild(document.createElement(href ? 'a' : 'span'));
    if (href) title.setAttribute('href', href);
    if (lang) title.lang = lang;
    title.textContent = text;
  } else item.textContent = text;
  if (after) item.append(after);
  return item;
}

class TextList extends BuiltChildren {
  render(_items: readonly TextItem[]) {
    return nothing;
  }

  override update(part: ElementPart, [items]: Parameters<this['render']>) {
    if (this.changed(items)) part.element.replaceChildren(...items.map(itemOf));
    return noChange;
  }
}

export const textList = directive(TextList);
