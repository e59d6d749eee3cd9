/**
 * A `<select>`'s options, made with DOM calls on the select itself: `<select ${selectOptions(list,
 * value)}>`. Lit would give every option of a mapped list two marker nodes and a text part, in
 * every instance: the path's direction list has a dozen options and more, and each resource of
 * the open phase has a list of its own. The options are remade only
 * when their values or labels change; labels are text (`new Option`), never HTML.
 */
import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export interface SelectOption {
  value: string;
  label: string;
}

class SelectOptions extends Directive {
  private shown = '';

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('selectOptions() goes on a <select> tag');
  }

  render(_options: readonly SelectOption[], _value: string) {
    return nothing;
  }

  override update(part: ElementPart, [options, value]: Parameters<this['render']>) {
    const select = part.element as HTMLSelectElement;
    const key = JSON.stringify(options);
    if (key !== this.shown) {
      select.replaceChildren(...options.map((option) => new Option(option.label, option.value)));
      this.shown = key;
    }
    select.value = value;
    return noChange;
  }
}

export const selectOptions = directive(SelectOptions);
