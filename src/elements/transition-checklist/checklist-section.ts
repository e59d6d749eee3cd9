/**
 * One section of the checklist as the reader sees it: a step (or the bonus practices, or the other
 * ways in) folded to its title and progress, or open with its summary, checkable actions, reality
 * checks and the reader's notes. A folded section's body is not built, so the first view stays light.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ChecklistSection } from '../../content/schema/checklist.js';
import { LIMITS } from '../../content/limits.js';
import type { ChecklistAction, Progress } from '../../core/checklist-state.js';
import { fill } from '../../core/format.js';
import type { Locale } from '../../platform/locale.js';
import { labelled } from '../shared/labelled.js';
import type { ChecklistStrings } from './locales/en.js';
import { fitToText } from './fit-notes.js';

export interface SectionView {
  /** Open: the reader opened it, or the page is printing. */
  open: boolean;
  progress: Progress;
  /** The ids of the checked actions, over every section. */
  checked: ReadonlySet<string>;
  /** The reader's notes on this section. */
  note: string;
  locale: Locale;
}

export interface SectionActions {
  /** The reader opened or folded the section. */
  toggle(id: string, open: boolean): void;
  /** The reader checked an action or wrote a note. */
  act(action: ChecklistAction): void;
}

/** `number`: the step's number, 0 for the sections that are not steps. */
export function renderSection(section: ChecklistSection, number: number, view: SectionView, strings: ChecklistStrings, actions: SectionActions): TemplateResult {
  const { id } = section;
  const { open, progress } = view;
  // A disclosure button in the step's heading (WAI-ARIA APG "Disclosure"), like the path's phases.
  // The bar repeats the count beside it, so only the words are read out.
  return html`<div class="section ${section.kind}" part="section">
    <h3 id="${id}-title">
      <button type="button" class="fold" aria-expanded=${open} @click=${() => actions.toggle(id, !open)}>
        <span class="title">${fill(strings.sectionTitle[section.kind], { number, title: section.title })}</span>
        <span class="section-progress small">
          <progress aria-hidden="true" max=${progress.total} .value=${progress.done}></progress>
          <span>${fill(strings.progress, { ...progress })}</span>
        </span>
      </button>
    </h3>
    ${open ? renderBody(section, view, strings, actions) : nothing}
  </div>`;
}

function renderBody(section: ChecklistSection, { checked, note, locale }: SectionView, strings: ChecklistStrings, actions: SectionActions): TemplateResult {
  const { id } = section;
  // Near the limit, the reader sees (and hears) how much room is left.
  const left = LIMITS.noteLength - note.length;
  const number = (count: number) => count.toLocaleString(locale);
  return html`<p class="muted">${section.summary}</p>
    <ul class="items">
      ${section.items.map(
        (item) => html`<li>
          <label>
            <input
              type="checkbox"
              .checked=${checked.has(item.id)}
              @change=${(event: Event) => actions.act({ type: 'check', itemId: item.id, checked: (event.target as HTMLInputElement).checked })}
            />
            <span>${item.text}</span>
          </label>
        </li>`,
      )}
    </ul>
    ${(section.realityChecks ?? []).map(
      (check) => html`<aside class="reality" part="reality-check">
        <p>${labelled(`${strings.realityCheck}${strings.afterLabel}${check.title}`, check.text, strings)}</p>
      </aside>`,
    )}
    <div class="notes ${note.trim() ? '' : 'empty'}">
      <label for="${id}-notes">${strings.notes}</label>
      <span id="${id}-notes-hint" class="muted small">${strings.notesHint}</span>
      <textarea
        id="${id}-notes"
        part="notes"
        maxlength=${LIMITS.noteLength}
        aria-describedby="${id}-notes-hint ${id}-notes-left"
        .value=${note}
        @input=${(event: Event) => {
          const area = event.target as HTMLTextAreaElement;
          fitToText(area);
          actions.act({ type: 'note', sectionId: id, text: area.value });
        }}
      ></textarea>
      <p class="print-only">${note}</p>
      <span id="${id}-notes-left" class="muted small" aria-live="polite"
        >${left <= LIMITS.noteLength / 10 ? fill(strings.notesLeft, { count: number(left), limit: number(LIMITS.noteLength) }) : nothing}</span
      >
    </div>`;
}
