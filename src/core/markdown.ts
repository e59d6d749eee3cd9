/**
 * Helpers for the Markdown a reader exports and pastes into a doc or a 1:1 agenda. Content is
 * plain text: characters Markdown or HTML would read as markup are escaped.
 */
export function mdText(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (char) => `\\${char}`).replace(/\s*\n\s*/g, ' ');
}

/** A link, or plain text when the URL is not http(s) (never a javascript: link in a document). */
export function mdLink(text: string, url: string | undefined): string {
  return url && /^https?:\/\//.test(url) ? `[${mdText(text)}](${url.replace(/[()\s]/g, encodeURIComponent)})` : mdText(text);
}

/** Joins blocks with blank lines and ends the document with one newline. */
export function mdDocument(blocks: (string | false | undefined)[]): string {
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
}
