/**
 * The checklist's import: reads the file a reader picked and words what importing it would change.
 * Loaded only when a reader imports, so most page views never download this code.
 */
import { importChanges, importProgress, type ImportChanges } from '../../core/checklist-import.js';
import type { ChecklistState } from '../../core/checklist-state.js';
import { fill } from '../../core/format.js';
import type { ChecklistStrings } from './locales/en.js';

export type ImportRead =
  | { problem: keyof ChecklistStrings['importErrors'] }
  | {
      next: ChecklistState;
      /** What importing would change, one line per kind of change, against the progress shown. */
      changes: (current: ChecklistState, strings: ChecklistStrings) => string[];
    };

export async function readImport(file: File): Promise<ImportRead> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { problem: 'unreadable' };
  }
  const result = importProgress(text);
  if (!result.ok) return { problem: result.problem };
  return {
    next: result.state,
    changes: (current, strings) => {
      const counts = Object.entries(importChanges(current, result.state)) as [keyof ImportChanges, number][];
      const lines = counts.flatMap(([kind, count]) => (count ? [fill(strings.importChanges[kind], { count })] : []));
      return lines.length ? lines : [strings.importSame];
    },
  };
}
