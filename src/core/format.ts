/** Fills `{name}` placeholders in a localized template. Unknown names are left as they are. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : match));
}

/** A week range as the reader reads it: "3 weeks" when both ends agree, else "3–5 weeks". */
export function formatRange(range: { min: number; max: number }, one: string, many: string): string {
  const count = range.min === range.max ? String(range.min) : `${range.min}–${range.max}`;
  return fill(range.max === 1 ? one : many, { count });
}

/**
 * `items` joined the way the language lists things ("A, B and C"; "A、B和C"), with each item kept
 * as it is, so links and other templates can be listed too.
 */
export function listOf<T>(items: readonly T[], locale: string): (T | string)[] {
  return new Intl.ListFormat(locale).formatToParts(items.map((_, index) => String(index))).map((part) =>
    part.type === 'element' ? items[Number(part.value)] : part.value,
  );
}

/** A count's phrase in the form the language gives that number ("1 hour a week", "6 hours a week"). */
export function plural(forms: { one: string; other: string }, count: number, locale: string): string {
  return fill(new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other, { count });
}
