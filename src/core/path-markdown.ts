import type { RESOURCE_COSTS, RESOURCE_FORMATS } from '../content/schema/path.js';
import { fill, formatRange } from './format.js';
import { mdDocument, mdLink, mdText } from './markdown.js';
import type { LearningPath } from './recommend-path.js';

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
  weekOne: string;
  weekMany: string;
  why: string;
  milestone: string;
  resources: string;
  /** "{format}, {cost}, about {hours} h" */
  resourceMeta: string;
  values: Record<string, string>;
  formats: Record<(typeof RESOURCE_FORMATS)[number], string>;
  costs: Record<(typeof RESOURCE_COSTS)[number], string>;
}

/** The path as a Markdown document the reader can keep, share or bring to a 1:1. */
export function pathToMarkdown(path: LearningPath, labels: PathMarkdownLabels, directionLabel?: string): string {
  const value = (key: string) => mdText(labels.values[key] ?? key);
  const weeks = (range: { min: number; max: number }) => formatRange(range, labels.weekOne, labels.weekMany);
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
      mdText(fill(labels.total, { weeks: weeks(path.weeks), pace: inputs.hoursPerWeek, hours: `${path.hours.min}–${path.hours.max}` })),
    ]
      .filter((line) => line !== undefined)
      .join('\n'),
    ...path.phases.map((phase, index) =>
      [
        `## ${index + 1}. ${mdText(phase.title)} (${weeks(phase.weeks)})`,
        '',
        mdText(phase.goal),
        phase.reason && `\n**${mdText(labels.why)}** ${mdText(phase.reason)}`,
        `\n**${mdText(labels.milestone)}** ${mdText(phase.milestone)}`,
        `\n**${mdText(labels.resources)}**\n`,
        ...phase.resources.map(
          (r) =>
            `- ${mdLink(r.title, r.url)}, ${mdText(r.by)} (${mdText(
              fill(labels.resourceMeta, { format: labels.formats[r.format], cost: labels.costs[r.cost], hours: r.hours }),
            )})`,
        ),
      ]
        .filter((line) => line !== undefined && line !== '')
        .join('\n'),
    ),
  ]);
}
