/**
 * What the kit's list directives share (`selectOptions`, `textList`, `radioChoices`): each sits on
 * an element's tag and makes its children with DOM calls, because Lit gives every item of a mapped
 * list two marker nodes, in every instance of an element. Children are remade only when their data
 * changes.
 */
import { Directive, PartType, type PartInfo } from 'lit/directive.js';

export abstract class BuiltChildren extends Directive {
  private shown?: string;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('a list directive goes on a tag: <ul ${…}>');
  }

  /** True when `data` differs (as JSON) from the last call's: the children are remade then. */
  protected changed(data: unknown): boolean {
    const key = JSON.stringify(data);
    if (key === this.shown) return false;
    this.shown = key;
    return true;
  }
}
