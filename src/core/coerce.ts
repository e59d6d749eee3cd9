/**
 * Reading a value a page set on an element: attributes arrive as text, properties as whatever a
 * script assigned. Each reader answers the value the element understands, or undefined; none throws.
 */

/** The entry of `values` that `value` names, ignoring case and surrounding space ("Senior" is "senior"). */
export function toOneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  if (typeof value !== 'string') return undefined;
  const wanted = value.trim().toLowerCase();
  return values.find((known) => known === wanted);
}

/** Text as given, or a finite number as text; anything else is not text. */
export function toText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

/** Ids separated by spaces or commas ("backend, Mobile"), or an array of such strings; lowercased. */
export function toIdList(value: unknown): string[] | undefined {
  const parts = typeof value === 'string' ? [value] : Array.isArray(value) && value.every((id) => typeof id === 'string') ? value : undefined;
  return parts?.flatMap((part: string) => part.toLowerCase().split(/[\s,]+/).filter(Boolean));
}

/** A heading level a page can give an element's heading: a whole number from 2 to 6, as a number or text. */
export function toHeadingLevel(value: unknown): number | undefined {
  const level = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof level === 'number' && Number.isInteger(level) && level >= 2 && level <= 6 ? level : undefined;
}
