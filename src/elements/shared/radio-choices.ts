/**
 * A group's radio choices, made with DOM calls after its legend:
 * `<fieldset ${radioChoices(name, choices, current, onPick)}><legend>…</legend></fieldset>` (see
 * built-children.ts); the path's form shows nine. The choices are remade only when their labels
 * change (another language); otherwise only which one is checked follows `current`, so the radio
 * the reader is on stays where it is. Labels are text, never HTML.
 */
import { noChange, nothing } from 'lit';
import { directive, type ElementPart } from 'lit/directive.js';
import { BuiltChildren } from './built-children.js';

export interface Choice {
  value: string;
  label: string;
}

class RadioChoices extends BuiltChildren {
  private inputs: HTMLInputElement[] = [];
  private onPick?: (value: string) => void;

  render(_name: string, _choices: readonly Choice[], _current: string, _onPick: (value: string) => void) {
    return nothing;
  }

  override update(part: ElementPart, [name, choices, current, onPick]: Parameters<this['render']>) {
    this.onPick = onPick; // the latest render's, like an event binding
    if (this.changed([name, choices])) {
      for (const input of this.inputs) input.parentElement!.remove();
      this.inputs = choices.map(({ value, label }) => this.choice(part.element, name, value, label));
    }
    for (const input of this.inputs) input.checked = input.value === current;
    return noChange;
  }

  /** `<label class="choice"><input type="radio"><span>label</span></label>`, appended to `group`. */
  private choice(group: Element, name: string, value: string, label: string): HTMLInputElement {
    const wrapper = group.appendChild(document.createElement('label'));
    wrapper.className = 'choice';
    const input = wrapper.appendChild(document.createElement('input'));
    input.type = 'radio';
    input.name = name;
    input.value = value;
    input.addEventListener('change', () => this.onPick?.(value));
    wrapper.appendChild(document.createElement('span')).textContent = label;
    return input;
  }
}

export const radioChoices = directive(RadioChoices);
