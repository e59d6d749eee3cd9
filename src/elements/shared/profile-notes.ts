/**
 * What an element says about the shared profile: near its choices, which values the page preset
 * (until the reader picks their own), and, in a polite live region, what another element's choice
 * just changed here, so a screen-reader user hears why this part of the page moved.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fill, sentenceOf } from '../../core/format.js';

export interface ProfileNoteStrings {
  presetInUse: string;
  changedElsewhere: string;
}

/** "Set by this page: Backend", or nothing when no preset is in use. */
export const renderPreset = (strings: ProfileNoteStrings, locale: string, values: string[]): TemplateResult | typeof nothing =>
  values.length ? html`<p class="preset small muted">${fill(strings.presetInUse, { values: sentenceOf(values, locale) })}</p>` : nothing;

/** Rendered from the start, so assistive technology is already watching when the text changes. */
export const renderAnnouncement = (text: string): TemplateResult => html`<p class="announcement visually-hidden" role="status">${text}</p>`;

/** The announcement for values another element's choice changed here ('' when nothing did). */
export const changedElsewhere = (strings: ProfileNoteStrings, locale: string, values: string[]): string =>
  values.length ? fill(strings.changedElsewhere, { values: sentenceOf(values, locale) }) : '';
