/**
 * Lit's `html`, minus the whitespace that holds a line break between tags and values
 * (markup-whitespace.ts): the indentation that makes a template readable would otherwise become a
 * text node in every rendered copy, and a path renders hundreds of elements per instance (README
 * "Performance"). Each template's stripped strings are made once and reused, which Lit needs to
 * cache the template.
 */
import { html as litHtml, type TemplateResult } from 'lit';
import { compactParts } from './markup-whitespace.js';

const compacted = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

function compact(strings: TemplateStringsArray): TemplateStringsArray {
  let result = compacted.get(strings);
  if (!result) {
    const parts = compactParts(strings);
    // Lit accepts only arrays shaped like a template literal's, with their own `raw`.
    result = Object.freeze(Object.assign(parts, { raw: Object.freeze([...parts]) })) as unknown as TemplateStringsArray;
    compacted.set(strings, result);
  }
  return result;
}

export const html = (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult => litHtml(compact(strings), ...values);
