import type { RESOURCE_LANGUAGES } from '../content/schema/common.js';
import type { RESOURCE_COSTS, RESOURCE_FORMATS } from '../content/schema/path.js';
import { fill, formatRange, plural } from './format.js';
import { mdDocument, mdLink, mdText } from './markdown.js';
import type { LearningPath, PlannedPart } from './recommend-path.js';

export interface PathMarkdownLabels {
  title: string;
  inputs: string;
  level: string;
  style: string;
  structure: string;
  hoursPerWeek: string;
  direction: string;
  /** "{weeks} ({hours} hours of study)" */
  total: string;
  /** "{count} hour a week" / "{count} hours a week": the pace, in the plural form its number takes. */
  hoursAWeek: { one: string; other: string };
  /** The language of these labels, for plural forms. */
  locale: string;
  /** "Alongside the path, about {hours} h a week: {names}." */
  alongside: string;
  alongsideHeading: string;
  /** "About {hours} h a week, from week {from}" */
  habitMeta: string;
  paceLow: string;
  paceHigh: string;
  weekOne: string;
  weekMany: string;
  why: string;
  milestone: string;
  resources: string;
  /** "{format}, {cost}, about {hours} h{lang}" */
  resourceMeta: string;
  /** "Term: {weeks} weeks at {load} h a week." */
  term: string;
  alt: string;
  alsoHeading: string;
  project: string;
  options: string;
  colon: string;
  comma: string;
  /** " ({text})" */
  aside: string;
  listSep: string;
  values: Record<string, string>;
  formats: Record<(typeof RESOURCE_FORMATS)[number], string>;
  costs: Record<(typeof RESOURCE_COSTS)[number], string>;
  languages: Record<(typeof RESOURCE_LANGUAGES)[number], string>;
}

/** The path as a Markdown document the reader can keep, share or bring to a 1:1. */
export function pathToMarkdown(path: LearningPath, labels: PathMarkdownLabels, directionLabel?: string): string {
  const value = (key: string) => mdText(labels.values[key] ?? key);
  const weeks = (range: { min: number; max: number }) => formatRange(range, labels.weekOne, labels.weekMany);
  const part = (p: PlannedPart, indent = '') =>
    [
      `${indent}- ${mdLink(p.resource.title, p.resource.url)}${mdText(labels.comma)}${mdText(p.resource.by)}${p.part ? `${mdText(labels.colon)}*${mdText(p.part)}*` : ''}${mdText(
        fill(labels.aside, {
          text: fill(labels.resourceMeta, {
            format: labels.formats[p.resource.format],
            cost: labels.costs[p.resource.cost],
            hours: p.hours,
            lang: labels.languages[p.resource.lang],
          }),
        }),
      )}${p.resource.note ? ` ${mdText(p.resource.note)}` : ''}`,
      ...p.alt.map((a) => `${indent}  ${mdText(labels.alt)} ${mdLink(a.resource.title, a.resource.url)}${a.part ? `${mdText(labels.colon)}${mdText(a.part)}` : ''}`),
    ].join('\n');
  const { inputs } = path;
  return mdDocument([
    `# ${mdText(labels.title)}`,
    [
      `## ${mdText(labels.inputs)}`,
      '',
      `- ${mdText(labels.level)}: ${value(inputs.level)}`,
      `- ${mdText(labels.style)}: ${value(inputs.style)}`,
      `- ${mdText(labels.structure)}: ${value(inputs.structure)}`,
      `- ${mdText(labels.hoursPerWeek)}: ${inputs.hoursPerWeek}`,
      directionLabel && `- ${mdText(labels.direction)}: ${mdText(directionLabel)}`,
      '',
      mdText(fill(labels.total, { weeks: weeks(path.weeks), pace: plural(labels.hoursAWeek, inputs.hoursPerWeek, labels.locale), hours: `${path.hours.min}–${path.hours.max}` })),
      path.habits.length &&
        `\n${mdText(fill(labels.alongside, { hours: path.habits.reduce((t, h) => t + h.weekly, 0), names: path.habits.map((h) => h.title).join(labels.listSep) }))}`,
      path.pace && `\n${mdText(path.pace === 'low' ? labels.paceLow : labels.paceHigh)}`,
    ]
      .filter((line) => typeof line === 'string')
      .join('\n'),
    ...path.phases.map((phase, index) => {
      const term = phase.term && phase.parts[0].resource.term;
      return [
        `## ${index + 1}. ${mdText(phase.title)} (${weeks(phase.weeks)})`,
        '',
        mdText(phase.goal),
        `\n**${mdText(labels.why)}** ${mdText(phase.reason)}`,
        term && `\n${mdText(fill(labels.term, { weeks: term.weeks, load: formatRange(term.load, '{count}', '{count}') }))} ${mdText(term.facts)}`,
        `\n**${mdText(labels.milestone)}** ${mdText(phase.milestone)}`,
        `\n**${mdText(labels.resources)}**\n`,
        ...phase.parts.map((p) => part(p)),
        phase.also.length && `\n**${mdText(labels.alsoHeading)}**\n`,
        ...phase.also.map((also) =>
          [
            `- **${mdText(also.label)}**${mdText(labels.colon)}${mdText(also.skill)} ${mdText(labels.project)} ${mdText(also.project)}`,
            ...also.parts.map((p) => part(p, '  ')),
            also.tools.length > 0 && `  ${mdText(labels.options)} ${also.tools.map((t) => mdLink(t.title, t.url)).join(mdText(labels.comma))}`,
          ]
            .filter((line) => typeof line === 'string')
            .join('\n'),
        ),
      ]
        .filter((line) => typeof line === 'string' && line !== '')
        .join('\n');
    }),
    path.habits.length
      ? [
          `## ${mdText(labels.alongsideHeading)}`,
          ...path.habits.map((habit) =>
            [
              `\n### ${mdText(habit.title)} (${mdText(fill(labels.habitMeta, { hours: habit.weekly, from: habit.from }))})`,
              '',
              mdText(habit.goal),
              `\n**${mdText(labels.milestone)}** ${mdText(habit.milestone)}\n`,
              ...habit.parts.map((p) => part(p)),
            ].join('\n'),
          ),
        ].join('\n')
      : '',
  ]);
}
