/**
 * The reader's plan for a 1:1, as one Markdown document whichever element it is asked from. Each
 * part (profile, skills, path, progress on the path, checklist) is a section of its own, made by
 * a pure function in plan-sections.ts; a part with nothing to say is left out, so the plan carries
 * no "No notes yet" and no empty headings. Adding a part is one more function in PLAN_PARTS' order.
 */
import type { ChecklistContent } from '../content/schema/checklist.js';
import type { ChecklistState } from './checklist-state.js';
import { mdDocument, mdText } from './markdown.js';
import type { PathInputs } from './path-inputs.js';
import type { PathProgress } from './path-progress.js';
import type { LearningPath } from './recommend-path.js';
import type { SkillMap } from './skill-map.js';

/** Everything the plan is made of; a part that is missing is left out. */
export interface PlanInput {
  /** The profile in use: the reader's answers, else the page's presets, else the defaults. */
  inputs: PathInputs;
  /** Labels of the picked specializations, the main direction first. */
  specializations: string[];
  skills?: SkillMap;
  path?: LearningPath;
  checklist?: { content: ChecklistContent; state: ChecklistState };
  /** The reader's marks and logged hours on the path, and the moment the forecast is made for. */
  tracker?: { progress: PathProgress; now: Date };
}

export interface PlanLabels {
  title: string;
  intro: string;
  profileHeading: string;
  mainDirection: string;
  alsoPicked: string;
  level: string;
  style: string;
  structure: string;
  hoursPerWeek: string;
  skillsHeading: string;
  transfers: string;
  learnFirst: string;
  roles: string;
  pathHeading: string;
  /** "{weeks} at {pace} hours a week ({hours} hours of study in all)" */
  estimate: string;
  weekOne: string;
  weekMany: string;
  /** "{number}. {title} ({weeks})" */
  phase: string;
  milestone: string;
  /** "Alongside the path, about {hours} h a week: {names}." */
  alongside: string;
  checklistHeading: string;
  /** "{done} of {total} actions done" */
  progress: string;
  sectionTitle: Record<'step' | 'practice' | 'route', string>;
  notes: string;
  trackerHeading: string;
  /** "{done} of {total} phases done" */
  phasesDone: string;
  phaseStarted: string;
  milestoneReached: string;
  /** "Hours logged: {hours} h in {weeks}" */
  hoursLogged: string;
  /** "At the {pace} h a week I planned: {weeks} left, finishing between {from} and {to}." */
  forecastSaid: string;
  /** As forecastSaid, at the pace kept from {first} to {last}. */
  forecastActual: string;
  forecastNormal: string;
  allDone: string;
  colon: string;
  /** Level, style and structure ids to their names. */
  values: Record<string, string>;
  /** The language lists are joined in, e.g. "en" or "zh-CN". */
  locale: string;
}

/** One part of the plan: a heading and its blocks; falsy blocks are left out. */
export interface PlanSection {
  heading: string;
  blocks: (string | false | undefined)[];
}

export type PlanPart = (input: PlanInput, labels: PlanLabels) => PlanSection | undefined;

/** The Markdown document: title, intro, then each part that has something to say. */
export function planMarkdown(input: PlanInput, labels: PlanLabels, parts: readonly PlanPart[]): string {
  const sections = parts.flatMap((part) => part(input, labels) ?? []);
  return mdDocument([
    `# ${mdText(labels.title)}`,
    mdText(labels.intro),
    ...sections.map((section) => [`## ${mdText(section.heading)}`, ...section.blocks.filter(Boolean)].join('\n\n')),
  ]);
}
