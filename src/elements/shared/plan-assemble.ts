/**
 * Puts the reader's 1:1 plan together, loaded only when a reader asks for it. Every part comes from
 * the element on the page that shows it (the page's presets and the reader's answers applied);
 * a part whose element is absent is computed here from the shared profile and saved progress, with
 * the bundled content of the asking element's language. So the plan is the same from any element.
 */
import { mergeStates } from '../../core/checklist-merge.js';
import { CHECKLIST_FORMAT, CHECKLIST_STORAGE_KEY, emptyState, reconcile } from '../../core/checklist-state.js';
import { DEFAULT_INPUTS, type PathInputs } from '../../core/path-inputs.js';
import { emptyProgress, mergeProgress, PATH_PROGRESS_FORMAT, type PathProgress } from '../../core/path-progress.js';
import type { PlanInput, PlanLabels } from '../../core/plan.js';
import { buildPlan } from '../../core/plan-sections.js';
import { recommendPath } from '../../core/recommend-path.js';
import { mapSkills } from '../../core/skill-map.js';
import type { Locale } from '../../platform/locale.js';
import type { LocaleBundles } from '../../platform/localized.js';
import { planContributions, profileGroupOf, type PlanContribution } from '../../platform/plan-contributors.js';
import { readerSpecializations, type ReaderProfile } from '../../platform/profile.js';
import { createStore } from '../../platform/storage.js';
import planEn from '../../content/plan/ui.en.json';
import { pathLocales } from '../path-recommender/path-recommender.locales.js';
import { pathStorageKey } from '../path-recommender/path-tracker.js';
import { skillMapperLocales } from '../skill-mapper/skill-mapper.locales.js';
import { checklistLocales } from '../transition-checklist/transition-checklist.locales.js';

/** A language's bundle, or English when it cannot be loaded (as the elements themselves do). */
const bundle = <T>(bundles: LocaleBundles<T>, locale: Locale): Promise<T> =>
  locale === 'en' ? Promise.resolve(bundles.en) : bundles[locale]().catch(() => bundles.en);

const PLAN_STRINGS: Record<Exclude<Locale, 'en'>, () => Promise<{ default: typeof planEn }>> = {
  'zh-CN': () => import('../../content/plan/ui.zh-CN.json'),
  'zh-Hant': () => import('../../content/plan/ui.zh-Hant.json'),
};

const planStrings = (locale: Locale): Promise<typeof planEn> =>
  locale === 'en' ? Promise.resolve(planEn) : PLAN_STRINGS[locale]().then((m) => m.default, () => planEn);

type Of<K extends PlanContribution['kind']> = Extract<PlanContribution, { kind: K }>;

/** The Markdown plan as `asker`'s reader sees it, in `locale`. */
export async function assemblePlan(asker: Element, locale: Locale, profile: ReaderProfile): Promise<string> {
  const found = planContributions(profileGroupOf(asker));
  const of = <K extends PlanContribution['kind']>(kind: K) => found.find((c): c is Of<K> => c.kind === kind);
  const [plan, skillLocale, pathLocale, checklistLocale] = await Promise.all([
    planStrings(locale),
    bundle(skillMapperLocales, locale),
    bundle(pathLocales, locale),
    bundle(checklistLocales, locale),
  ]);

  const skills = of('skills');
  const path = of('path');
  const checklist = of('checklist');
  const progress = of('path-progress')?.progress ?? savedProgress(profileGroupOf(asker));
  // The reader's picks; before they pick, the skill mapper's preset.
  const picked = readerSpecializations(profile) ?? skills?.selected ?? [];
  const inputs: PathInputs = path?.inputs ?? fallbackInputs(profile, picked, pathLocale.content.directions);
  const skillContent = skills?.content ?? skillLocale.content;
  const skillIds = skills?.selected ?? [inputs.direction ?? [], ...(inputs.also ?? [])].flat();
  const labelOf = new Map(skillContent.specializations.map((spec) => [spec.id, spec.label]));
  // The main direction first, then the others in the order the reader picked them.
  const rank = (id: string) => (picked.includes(id) ? picked.indexOf(id) : picked.length);
  const mainFirst = [...new Set([inputs.direction ?? [], ...[...skillIds].sort((a, b) => rank(a) - rank(b))].flat())];

  const input: PlanInput = {
    inputs,
    specializations: mainFirst.flatMap((id) => labelOf.get(id) ?? []),
    skills: mapSkills(skillContent, skillIds),
    path: recommendPath(path?.content ?? pathLocale.content, inputs),
    checklist: checklist ?? savedChecklist(checklistLocale.content),
    tracker: { progress, now: new Date() },
  };
  const labels: PlanLabels = {
    ...plan,
    weekOne: pathLocale.strings.weekOne,
    weekMany: pathLocale.strings.weekMany,
    values: pathLocale.strings.values,
    sectionTitle: checklistLocale.strings.sectionTitle,
    progress: checklistLocale.strings.progress,
    colon: pathLocale.strings.colon,
    locale,
  };
  return buildPlan(input, labels);
}

/** The path's inputs without a <path-recommender> on the page: the profile, else the defaults. */
function fallbackInputs(profile: ReaderProfile, picked: string[], directions: { id: string }[]): PathInputs {
  const direction = directions.some((d) => d.id === picked[0]) ? picked[0] : undefined;
  return {
    level: profile.level ?? DEFAULT_INPUTS.level,
    style: profile.style ?? DEFAULT_INPUTS.style,
    structure: profile.structure ?? DEFAULT_INPUTS.structure,
    hoursPerWeek: profile.hoursPerWeek ?? DEFAULT_INPUTS.hoursPerWeek,
    direction,
    also: picked.filter((id) => id !== direction),
  };
}

/** The progress saved by a checklist without one on the page (its default storage key). */
function savedChecklist(content: Of<'checklist'>['content']): Omit<Of<'checklist'>, 'kind'> {
  const store = createStore({ key: CHECKLIST_STORAGE_KEY, format: CHECKLIST_FORMAT, initial: emptyState, merge: mergeStates });
  return { content, state: reconcile(store.read(), content) };
}

/** The path progress saved by a <path-recommender> of the same profile group that is not on the page. */
function savedProgress(group: string): PathProgress {
  return createStore({ key: pathStorageKey(group), format: PATH_PROGRESS_FORMAT, initial: emptyProgress, merge: mergeProgress }).read();
}
