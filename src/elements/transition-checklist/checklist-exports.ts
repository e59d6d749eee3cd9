/**
 * The checklist's Markdown plan for a 1:1. Loaded only when a reader asks for it, so most page
 * views never download this code.
 */
import type { ChecklistContent } from '../../content/schema/checklist.js';
import { checklistToMarkdown } from '../../core/checklist-markdown.js';
import type { ChecklistState } from '../../core/checklist-state.js';
import { fill } from '../../core/format.js';
import { own } from '../../core/records.js';
import type { ReaderProfile } from '../../platform/profile.js';
import type { ChecklistStrings } from './locales/en.js';

export function markdownOf(content: ChecklistContent, state: ChecklistState, strings: ChecklistStrings, profile: ReaderProfile): string {
  const target = own<string>(strings.targets, profile.specializations[0] ?? '');
  const profileLines = [
    profile.level && fill(strings.profileLevel, { value: strings.levels[profile.level] }),
    target && fill(strings.profileTarget, { value: target }),
  ].filter((line): line is string => Boolean(line));
  return checklistToMarkdown(
    content,
    state,
    { ...strings, title: strings.markdownTitle, intro: strings.markdownIntro },
    profileLines,
  );
}
