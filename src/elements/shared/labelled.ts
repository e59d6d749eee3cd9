import { html, type TemplateResult } from 'lit';
import type commonStrings from '../../content/common/ui.en.json';

type Punctuation = Pick<typeof commonStrings, 'colon' | 'afterLabel'>;

/** "Term: text", with the language's own colon (Chinese uses a full-width one and no space). */
export function term(label: unknown, text: string, strings: Punctuation): TemplateResult {
  return html`<strong>${label}</strong>${strings.colon}${text}`;
}

/** A bold label that already ends in a colon ("Why:"), then the text. */
export function labelled(label: string, text: string, strings: Punctuation): TemplateResult {
  return html`<strong>${label}</strong>${strings.afterLabel}${text}`;
}
