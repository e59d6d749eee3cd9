/**
 * Traditional Chinese (Taiwan) from the Simplified Chinese content: OpenCC's phrase-level Taiwan
 * conversion (s2twp), then the reviewed overrides in src/content/zh-Hant-overrides.json for terms
 * and resources where Taiwan usage differs from what OpenCC gives. `npm run gen:zh-hant` writes the
 * result next to each zh-CN file; test/content/zh-hant.test.ts regenerates it to catch stale files.
 */
import * as OpenCC from 'opencc-js/cn2t';
import overrides from '../src/content/zh-Hant-overrides.json';

/** The command that regenerates every zh-Hant file; the stale-file test names it. */
export const REGENERATE = 'npm run gen:zh-hant';

/** Every zh-CN file (from the repository root) that has a generated zh-Hant twin beside it. */
export const ZH_CN_FILES = [
  'src/content/checklist/zh-CN.json',
  'src/content/checklist/ui.zh-CN.json',
  'src/content/common/problems.zh-CN.json',
  'src/content/common/ui.zh-CN.json',
  'src/content/path/zh-CN.json',
  'src/content/path/ui.zh-CN.json',
  'src/content/plan/ui.zh-CN.json',
  'src/content/skill-mapper/zh-CN.json',
  'src/content/skill-mapper/ui.zh-CN.json',
  // The demo wiki's company content, for its zh-TW page.
  'demo/wiki/content/skill-mapper.zh-CN.json',
  'demo/wiki/content/path-recommender.zh-CN.json',
  'demo/wiki/content/transition-checklist.zh-CN.json',
] as const;

export const zhHantFile = (zhCnFile: string): string => zhCnFile.replace('zh-CN.json', 'zh-Hant.json');

const CHINESE = /[\u3400-\u9fff]/;
const s2twp = OpenCC.Converter({ from: 'cn', to: 'twp' });

/** A string in Taiwan usage; ids, URLs and English text (nothing Chinese in them) stay as they are. */
export function toTaiwanText(text: string): string {
  if (!CHINESE.test(text) || /^https?:\/\//.test(text)) return text;
  let converted = s2twp(text);
  for (const term of overrides.terms) converted = converted.replaceAll(term.from, term.to);
  return converted;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A source that names its title's language cites a published title, shown as published in every language. */
export const citesPublishedTitle = (value: unknown): value is { title: string; lang: string } =>
  typeof value === 'object' && value !== null && 'author' in value && typeof (value as { lang?: unknown }).lang === 'string';

/**
 * A whole content or strings file (`file` is its zh-CN path, as in ZH_CN_FILES) in Taiwan usage,
 * with the same keys, ids and shape, and the file's own reviewed strings in place.
 */
export function toZhHant<T>(value: T, file: string): T {
  const converted = convert(value as Json) as { [key: string]: Json };
  for (const entry of overrides.strings.filter((item) => item.file === file)) {
    const keys = entry.key.split('.');
    const last = keys.pop()!;
    const parent = keys.reduce((node, key) => node[key] as { [key: string]: Json }, converted);
    if (!(last in parent)) throw new Error(`zh-Hant-overrides.json: ${file} has no string "${entry.key}"`);
    parent[last] = entry.value;
  }
  return converted as T;
}

function convert(value: Json): Json {
  if (typeof value === 'string') return toTaiwanText(value);
  if (Array.isArray(value)) return value.map(convert);
  if (value === null || typeof value !== 'object') return value;
  const converted = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convert(item)]));
  if (citesPublishedTitle(value)) return { ...converted, title: value.title };
  // A resource that also exists in Traditional Chinese points there instead (matched by its zh-CN URL).
  const resource = overrides.resources.find((entry) => entry.url === value.url);
  return resource ? { ...converted, ...resource.set } : converted;
}
