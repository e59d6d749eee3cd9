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
 * How the kit's languages join a list, as Intl.ListFormat joins them ("A, B, and C"; "A、B和C").
 * Written out because a page's first Intl.ListFormat costs Chromium 60–70 ms while it loads its
 * list data (`npm run bench`, Chromium 156), and the elements list things in their first render.
 * A test holds this table to Intl.ListFormat's output.
 */
const CONJUNCTIONS = {
  en: { pair: ' and ', middle: ', ', last: ', and ' },
  zh: { pair: '和', middle: '、', last: '和' },
} as const;

/**
 * `items` joined the way the language lists things ("A, B and C"; "A、B和C"), with each item kept
 * as it is, so links and other templates can be listed too.
 */
export function listOf<T>(items: readonly T[], locale: string): (T | string)[] {
  const words = CONJUNCTIONS[locale.startsWith('zh') ? 'zh' : 'en'];
  return items.flatMap((item, index) => {
    if (index === 0) return [item];
    const joint = index < items.length - 1 ? words.middle : items.length === 2 ? words.pair : words.last;
    return [joint, item];
  });
}

/** `items` as one sentence of the language: "Backend and Frontend" / "后端和前端". */
export const sentenceOf = (items: readonly string[], locale: string): string => listOf(items, locale).join('');

/** One PluralRules per language: the path asks for dozens of phrases per render, and each new one costs. */
const pluralRules = new Map<string, Intl.PluralRules>();

/** A count's phrase in the form the language gives that number ("1 hour a week", "6 hours a week"). */
export function plural(forms: { one: string; other: string }, count: number, locale: string): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return fill(rules.select(count) === 'one' ? forms.one : forms.other, { count });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar day (UTC) as the language writes it, as Intl.DateTimeFormat's medium date style does:
 * "Mar 11, 2026", "2026年3月11日". Written out for the same reason as CONJUNCTIONS: a page's first
 * DateTimeFormat costs Chromium about 60 ms loading date data (`npm run bench`), inside the first
 * render of the path's tracker. A test holds it to Intl's output.
 */
export function formatDay(day: Date, locale: string): string {
  const [year, month, date] = [day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()];
  return locale.startsWith('zh') ? `${year}年${month + 1}月${date}日` : `${MONTHS[month]} ${date}, ${year}`;
}
