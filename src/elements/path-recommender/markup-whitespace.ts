/**
 * The whitespace compact-html drops from a template: any that holds a line break and has a tag or
 * a value on each side (or the template's start or end), except between two values inside a tag,
 * where it separates attributes. That is indentation, which would otherwise become a text node in
 * every rendered copy. Whitespace within a line is kept, so text reads exactly as written:
 * `${title} ${author}` keeps its space. So in these templates a line break is never the only space
 * between two words or values of running text.
 */
export function compactParts(parts: readonly string[]): string[] {
  let inTag = false;
  return parts.map((part) => {
    const compacted =
      !inTag && /^\s*\n\s*$/.test(part)
        ? ''
        : part
            .replace(/>\s*\n\s*</g, '><')
            .replace(/^\s*\n\s*(?=<)/, '')
            .replace(/>\s*\n\s*$/, '>');
    inTag = endsInTag(part, inTag);
    return compacted;
  });
}

/** Whether markup that starts inside a tag or not (`inTag`) ends inside one; none of the kit's static attributes holds `<` or `>`. */
function endsInTag(part: string, inTag: boolean): boolean {
  const open = part.lastIndexOf('<');
  const close = part.lastIndexOf('>');
  return open === close ? inTag : open > close;
}
