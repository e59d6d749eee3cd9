/**
 * A group's radio choices, made with DOM calls after its legend:
 * `<fieldset ${radioChoices(name, choices, current, onPick)}><legend>…</legend></fieldset>`. Lit would
 * give each choice of a mapped list two marker nodes, in every instance; the path's form shows nine.
 * The choices are remade only when their labels change (another language); otherwise only which
 * one is checked follows `current`, so the radio the reader is on stays where it is. Labels are
 * text, never HTML.
 */
import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export interface Choice {
  value: string;
  label: string;
}

class RadioChoices extends Directive {
  private shown = '';
  private inputs: HTMLInputElement[] = [];
  private onPick: (value: string) => void = () => {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('radioChoices() goes on a <fieldset> tag');
  }

  render(_name: string, _choices: readonly Choice[], _current: string, _onPick: (value: string) => void) {
    return nothing;
  }

  override update(part: ElementPart, [name, choices, current, onPick]: Parameters<this['render']>) {
    this.onPick = onPick; // the latest render's, like an event binding
    const key = JSON.stringify([name, choices]);
    if (key !== this.shown) {
      for (const input of this.inputs) input.parentElement!.remove();
      this.inputs = choices.map(({ value, label }) => this.choice(part.element, name, value, label));
      this.shown = key;
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
    input.addEventListener('change', () => this.onPick(value));
    wrapper.appendChild(document.createElement('span')).textContent = label;
    return input;
  }
}

export const radioChoices = directive(RadioChoices);
