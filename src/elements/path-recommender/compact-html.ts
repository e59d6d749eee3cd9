/**
 * Lit's `html`, minus the whitespace between tags that holds a line break: the indentation that
 * makes a template readable would otherwise become a text node in every rendered copy, and a path
 * renders hundreds of elements per instance (README "Performance"). Whitespace on one line, and any
 * next to a value, is kept, so text reads exactly as written. Each template's stripped strings are
 * made once and reused, which Lit needs to cache the template.
 */
import { html as litHtml, type TemplateResult } from 'lit';

const compacted = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

function compact(strings: TemplateStringsArray): TemplateStringsArray {
  let result = compacted.get(strings);
  if (!result) {
    const parts = strings.map((part) => part.replace(/>\s*\n\s*</g, '><'));
    // Lit accepts only arrays shaped like a template literal's, with their own `raw`.
    result = Object.freeze(Object.assign(parts, { raw: Object.freeze([...parts]) })) as unknown as TemplateStringsArray;
    compacted.set(strings, result);
  }
  return result;
}

export const html = (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult => litHtml(compact(strings), ...values);
