/**
 * Helpers for the Markdown a reader exports and pastes into a doc or a 1:1 agenda. Content is
 * plain text: characters Markdown or HTML would read as markup are escaped, and nothing in it can
 * end a line or start a block of its own.
 */

/** CommonMark's line endings (LF, CR, CRLF) and the other breaks some renderers honour (VT, FF, NEL, U+2028, U+2029). */
const LINE_BREAK = /\r\n|[\n\v\f\r\x85\u2028\u2029]/;
/** Control characters other than tab and those breaks: invisible, and no use in a document. */
const CONTROL = /[\0-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]/g;

/**
 * The lines of a reader's text, split at every line break, without control characters. Split
 * first: dropping a control character between a CR and an LF would join two breaks into one CRLF.
 */
export function mdLines(text: string): string[] {
  return text.split(LINE_BREAK).map((line) => line.replace(CONTROL, ''));
}

/** `text` on one line, its markup escaped, never starting a list, a heading, a quote or code. */
export function mdText(text: string): string {
  return mdLines(text)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ')
    .replace(/[\\`*_[\]<>#|]/g, (char) => `\\${char}`)
    .replace(/^([-+=~])|^(\d+)([.)])/, (_, marker: string, digits: string, dot: string) =>
      marker ? `\\${marker}` : `${digits}\\${dot}`,
    );
}

/** A link, or plain text when the URL is not http(s) (never a javascript: link in a document). */
export function mdLink(text: string, url: string | undefined): string {
  return url && /^https?:\/\//.test(url)
    ? `[${mdText(text)}](${url.replace(/[()<>\s\0-\x1f\x7f-\x9f]/g, encodeURIComponent)})`
    : mdText(text);
}

/** Joins blocks with blank lines and ends the document with one newline. */
export function mdDocument(blocks: (string | false | undefined)[]): string {
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
}
