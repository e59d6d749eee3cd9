/**
 * A list's items, made with DOM calls on the list itself: `<ul ${textList(items)}>`. Lit would give
 * every item of a mapped list two marker nodes and one more per binding in it, in every instance;
 * the lists this fills (every element's sources, the path's reasons) hold only text and links.
 * Text is set as text, never HTML, and the items are remade only when they change.
 */
import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export interface TextItem {
  text: string;
  /** Makes `text` a link. */
  href?: string;
  /** Plain text after the link or text, e.g. " (author)". */
  after?: string;
}

function itemOf({ text, href, after }: TextItem): HTMLLIElement {
  const item = document.createElement('li');
  if (href) {
    const link = item.appendChild(document.createElement('a'));
    link.href = href;
    link.textContent = text;
  } else item.textContent = text;
  if (after) item.append(after);
  return item;
}

class TextList extends Directive {
  private shown = '';

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('textList() goes on a list tag');
  }

  render(_items: readonly TextItem[]) {
    return nothing;
  }

  override update(part: ElementPart, [items]: Parameters<this['render']>) {
    const key = JSON.stringify(items);
    if (key !== this.shown) {
      part.element.replaceChildren(...items.map(itemOf));
      this.shown = key;
    }
    return noChange;
  }
}

export const textList = directive(TextList);
