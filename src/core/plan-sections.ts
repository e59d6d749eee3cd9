/**
 * The parts of the 1:1 plan (see plan.ts), in the order the plan shows them. Each returns
 * undefined when it has nothing to say.
 */
import { progressOf } from './checklist-state.js';
import { fill, formatDay, formatRange, sentenceOf } from './format.js';
import { mdLines, mdLink, mdText } from './markdown.js';
import { forecast, mondayOf, type Finish } from './path-forecast.js';
import { loggedWeeks, markOf, resourceId } from './path-progress.js';
import { planMarkdown, type PlanInput, type PlanLabels, type PlanPart } from './plan.js';
import { own } from './records.js';
import { uniqueBy } from './unique.js';

/** How many topics "what to learn first" names: enough to start, short enough to discuss. */
const LEARN_FIRST = 3;

const list = (items: string[], labels: PlanLabels) => sentenceOf(items.map(mdText), labels.locale);

// The colon is the kit's own string (": " or "："), kept as written: mdText would trim its space.
const field = (label: string, value: string, labels: PlanLabels) => `- ${mdText(label)}${labels.colon}${value}`;

export const profilePart: PlanPart = ({ inputs, specializations }, labels) => {
  const value = (id: string) => mdText(labels.values[id] ?? id);
  return {
    heading: labels.profileHeading,
    blocks: [
      [
        specializations.length > 0 && field(labels.mainDirection, mdText(specializations[0]), labels),
        specializations.length > 1 && field(labels.alsoPicked, list(specializations.slice(1), labels), labels),
        field(labels.level, value(inputs.level), labels),
        field(labels.style, value(inputs.style), labels),
        field(labels.structure, value(inputs.structure), labels),
        field(labels.hoursPerWeek, String(inputs.hoursPerWeek), labels),
      ]
        .filter(Boolean)
        .join('\n'),
    ],
  };
};

export const skillsPart: PlanPart = ({ skills }, labels) => {
  if (!skills || skills.selected.length === 0) return undefined;
  const line = (label: string, items: string[]) => items.length > 0 && `**${mdText(label)}**${labels.colon}${list(items, labels)}`;
  return {
    heading: labels.skillsHeading,
    blocks: [
      skills.selected.map((spec) => `- ${mdText(spec.label)} → ${mdText(spec.analogue)}`).join('\n'),
      line(labels.transfers, skills.transfers.map((transfer) => transfer.label)),
      line(labels.learnFirst, skills.learn.slice(0, LEARN_FIRST).map((item) => item.label)),
      line(labels.roles, skills.roles.map((role) => role.label)),
    ],
  };
};

export const pathPart: PlanPart = ({ path }, labels) => {
  if (!path) return undefined;
  const weeks = (range: { min: number; max: number }) => formatRange(range, labels.weekOne, labels.weekMany);
  const { habits } = path;
  return {
    heading: labels.pathHeading,
    blocks: [
      `**${mdText(fill(labels.estimate, { weeks: weeks(path.weeks), pace: path.inputs.hoursPerWeek, hours: `${path.hours.min}–${path.hours.max}` }))}**`,
      habits.length > 0 &&
        mdText(fill(labels.alongside, { hours: habits.reduce((sum, habit) => sum + habit.weekly, 0), names: list(habits.map((h) => h.title), labels) })),
      ...path.phases.map((phase, index) =>
        [
          // Filled after escaping: "1." after "### " is no list, and mdText would escape it.
          `### ${fill(labels.phase, { number: index + 1, title: mdText(phase.title), weeks: weeks(phase.weeks) })}`,
          '',
          mdText(phase.goal),
          '',
          `**${mdText(labels.milestone)}** ${mdText(phase.milestone)}`,
          '',
          // Parts of one resource (chapters of one book) are listed once.
          uniqueBy(phase.parts, (part) => part.resource.url)
            .map((part) => `- ${mdLink(part.resource.title, part.resource.url)}`)
            .join('\n'),
        ].join('\n'),
      ),
    ],
  };
};

/**
 * Where the reader is on the path: phases done or begun, the hours they logged, and what is left
 * at the hours they planned and at the pace they kept. Left out until they mark or log anything.
 */
export const trackerPart: PlanPart = ({ path, tracker }, labels) => {
  if (!path || !tracker) return undefined;
  const { progress, now } = tracker;
  const logged = loggedWeeks(progress);
  const phases = path.phases.flatMap((phase, index) => {
    const done = markOf(progress, 'phase', phase.id) === 'done';
    const milestone = markOf(progress, 'milestone', phase.id) === 'done';
    const begun = milestone || phase.parts.some((part) => markOf(progress, 'resource', resourceId(phase.id, part.resource.id)));
    if (!done && !begun) return [];
    const state = done ? '' : ` (${mdText(milestone ? labels.milestoneReached : labels.phaseStarted)})`;
    return [`- [${done ? 'x' : ' '}] ${index + 1}. ${mdText(phase.title)}${state}`];
  });
  if (phases.length === 0 && logged.length === 0) return undefined;
  const weeks = (range: { min: number; max: number }) => formatRange(range, labels.weekOne, labels.weekMany);
  const day = (value: Date) => formatDay(value, labels.locale);
  const finishing = (finish: Finish) => ({ weeks: weeks(finish.weeks), from: day(finish.from), to: day(finish.to) });
  const ahead = forecast(path, progress, now);
  const { actual } = ahead;
  const done = path.phases.filter((phase) => markOf(progress, 'phase', phase.id) === 'done').length;
  const lastDay = (week: string) => new Date(mondayOf(week).getTime() + 6 * 86_400_000);
  return {
    heading: labels.trackerHeading,
    blocks: [
      `**${mdText(fill(labels.phasesDone, { done, total: path.phases.length }))}**`,
      phases.join('\n'),
      logged.length > 0 &&
        mdText(fill(labels.hoursLogged, { hours: logged.reduce((sum, [, hours]) => sum + hours, 0), weeks: weeks({ min: logged.length, max: logged.length }) })),
      ahead.remaining.max === 0
        ? mdText(labels.allDone)
        : [
            `- ${mdText(fill(labels.forecastSaid, { pace: path.inputs.hoursPerWeek, ...finishing(ahead.said) }))}`,
            actual &&
              `- ${mdText(fill(labels.forecastActual, { first: day(mondayOf(actual.first)), last: day(lastDay(actual.last)), pace: actual.hours, ...finishing(actual) }))}`,
          ]
            .filter(Boolean)
            .join('\n'),
      ahead.remaining.max > 0 && `*${mdText(labels.forecastNormal)}*`,
    ],
  };
};

/** Checked actions and notes, step by step; a step with neither is left out. */
export const checklistPart: PlanPart = ({ checklist }, labels) => {
  if (!checklist) return undefined;
  const { content, state } = checklist;
  const checked = new Set(state.checked);
  const progress = progressOf(state, content);
  let step = 0;
  const sections = content.sections.flatMap((section) => {
    const number = section.kind === 'step' ? ++step : '';
    const done = section.items.filter((item) => checked.has(item.id));
    const notes = own(state.notes, section.id)?.trim();
    if (done.length === 0 && !notes) return [];
    return [
      [
        `### ${mdText(fill(labels.sectionTitle[section.kind], { number, title: section.title }))}`,
        '',
        `*${mdText(fill(labels.progress, { ...own(progress.sections, section.id) }))}*`,
        done.length > 0 && `\n${done.map((item) => `- [x] ${mdText(item.text)}`).join('\n')}`,
        notes && `\n**${mdText(labels.notes)}**\n\n${mdLines(notes).map((line) => `> ${mdText(line)}`).join('\n')}`,
      ]
        .filter((line) => typeof line === 'string')
        .join('\n'),
    ];
  });
  if (sections.length === 0) return undefined;
  return { heading: labels.checklistHeading, blocks: [`**${mdText(fill(labels.progress, { ...progress.overall }))}**`, ...sections] };
};

/** The parts in the plan's order: progress on the path (issue 16) right after the path. */
export const PLAN_PARTS: readonly PlanPart[] = [profilePart, skillsPart, pathPart, trackerPart, checklistPart];

/** The whole plan as Markdown. */
export const buildPlan = (input: PlanInput, labels: PlanLabels): string => planMarkdown(input, labels, PLAN_PARTS);
