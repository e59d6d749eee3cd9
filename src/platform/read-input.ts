/**
 * How every element reads what a page sets on it, where it uses it and whatever has loaded: a value
 * it does not understand is ignored with one console warning for the page's author, never an
 * exception. Pure readers live in core/coerce.ts; this adds the warning and safe reflection.
 */
import type { ComplexAttributeConverter } from 'lit';

/** The last warning per element and attribute, so a render loop never repeats it. */
const lastWarning = new WeakMap<Element, Map<string, string>>();

/** Strings quoted, other primitives as written, objects by kind (their text could be anything). */
const show = (value: unknown) =>
  typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' || typeof value === 'function' ? `(${typeof value})` : String(value);

/** Warns once that `values` of `attribute` are ignored; an empty list clears, so a later bad value warns again. */
export function warnIgnored(host: Element, attribute: string, values: readonly unknown[]): void {
  const warnings = lastWarning.get(host) ?? new Map<string, string>();
  lastWarning.set(host, warnings);
  const message = values.length ? `<${host.localName}>: ignoring unknown ${attribute} ${values.map(show).join(', ')}.` : '';
  if (warnings.get(attribute) === message) return;
  warnings.set(attribute, message);
  if (message) console.warn(message);
}

/**
 * `value` as `read` understands it, or undefined when it is unset ('' counts as unset) or not
 * understood, which warns unless `quiet` (e.g. while the content that would define it loads).
 */
export function readInput<T>(
  host: Element,
  attribute: string,
  value: unknown,
  read: (value: unknown) => T | undefined,
  { quiet = false } = {},
): T | undefined {
  const unset = value === undefined || value === null || value === '';
  let result: T | undefined;
  try {
    result = unset ? undefined : read(value);
  } catch {
    result = undefined; // a hostile object (a throwing getter, a revoked proxy) is not understood
  }
  if (!quiet) warnIgnored(host, attribute, unset || result !== undefined ? [] : [value]);
  return result;
}

/**
 * Reflects text and numbers to the attribute as they are, and removes it for anything else, which
 * `setAttribute` would turn into "[object Object]" or refuse with an exception (symbols).
 */
export const reflectSafely: ComplexAttributeConverter = {
  toAttribute: (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? value : null),
};
