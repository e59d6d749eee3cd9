/**
 * What an element says about the shared profile: near its choices, which values the page preset
 * (until the reader picks their own), and, in a polite live region, what another element's choice
 * just changed here, so a screen-reader user hears why this part of the page moved.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../../core/format.js';

/** "Backend and Frontend" / "后端和前端": the values as a sentence of the element's language. */
const sentence = (locale: string, values: string[]) => new Intl.ListFormat(locale).format(values);

export interface ProfileNoteStrings {
  presetInUse: string;
  changedElsewhere: string;
}

/** "Set by this page: Backend", or nothing when no preset is in use. */
export const renderPreset = (strings: ProfileNoteStrings, locale: string, values: string[]): TemplateResult | typeof nothing =>
  values.length ? html`<p class="preset small muted">${fill(strings.presetInUse, { values: sentence(locale, values) })}</p>` : nothing;

/** Rendered from the start, so assistive technology is already watching when the text changes. */
export const renderAnnouncement = (text: string): TemplateResult => html`<p class="announcement visually-hidden" role="status">${text}</p>`;

/** The announcement for values another element's choice changed here ('' when nothing did). */
export const changedElsewhere = (strings: ProfileNoteStrings, locale: string, values: string[]): string =>
  values.length ? fill(strings.changedElsewhere, { values: sentence(locale, values) }) : '';
