import type { ChecklistContent } from '../content/schema/checklist.js';
import type { ChecklistState } from './checklist-state.js';
import { progressOf } from './checklist-state.js';
import { fill } from './format.js';
import { mdDocument, mdLines, mdText } from './markdown.js';
import { own } from './records.js';

export interface ChecklistMarkdownLabels {
  title: string;
  intro: string;
  profileHeading: string;
  /** "{done} of {total} actions done" */
  progress: string;
  sectionTitle: Record<'step' | 'practice' | 'route', string>;
  notes: string;
  noNotes: string;
  realityCheck: string;
}

/** One line per known fact about the reader, e.g. ["Target role: Model serving"]. */
export type ProfileLines = string[];

/** The plan as Markdown for a 1:1: the reader, every section with its status, and the notes. */
export function checklistToMarkdown(
  content: ChecklistContent,
  state: ChecklistState,
  labels: ChecklistMarkdownLabels,
  profile: ProfileLines,
): string {
  const checked = new Set(state.checked);
  const progress = progressOf(state, content);
  let step = 0;
  return mdDocument([
    `# ${mdText(labels.title)}`,
    mdText(labels.intro),
    profile.length > 0 && [`## ${mdText(labels.profileHeading)}`, '', ...profile.map((line) => `- ${mdText(line)}`)].join('\n'),
    `**${mdText(fill(labels.progress, { ...progress.overall }))}**`,
    ...content.sections.map((section) => {
      const heading = fill(labels.sectionTitle[section.kind], { number: section.kind === 'step' ? ++step : '', title: section.title });
      const notes = own(state.notes, section.id)?.trim();
      return [
        `## ${mdText(heading)}`,
        '',
        `*${mdText(fill(labels.progress, { ...own(progress.sections, section.id) }))}*`,
        '',
        ...section.items.map((item) => `- [${checked.has(item.id) ? 'x' : ' '}] ${mdText(item.text)}`),
        '',
        `**${mdText(labels.notes)}**`,
        '',
        notes ? mdLines(notes).map((line) => `> ${mdText(line)}`).join('\n') : `*${mdText(labels.noNotes)}*`,
      ].join('\n');
    }),
  ]);
}
