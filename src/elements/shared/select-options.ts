/**
 * A `<select>`'s options, made with DOM calls on the select itself: `<select ${selectOptions(list,
 * value)}>` (see built-children.ts). The path's direction list has a dozen options and more, and
 * each resource of the open phase has a list of its own. Labels are text (`new Option`), never HTML.
 */
import { noChange, nothing } from 'lit';
import { directive, type ElementPart } from 'lit/directive.js';
import { BuiltChildren } from './built-children.js';

export interface SelectOption {
  value: string;
  label: string;
}

class SelectOptions extends BuiltChildren {
  render(_options: readonly SelectOption[], _value: string) {
    return nothing;
  }

  override update(part: ElementPart, [options, value]: Parameters<this['render']>) {
    const select = part.element as HTMLSelectElement;
    if (this.changed(options)) select.replaceChildren(...options.map((option) => new Option(option.label, option.value)));
    select.value = value;
    return noChange;
  }
}

export const selectOptions = directive(SelectOptions);
