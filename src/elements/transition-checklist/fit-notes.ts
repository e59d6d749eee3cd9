/**
 * Notes boxes grow with their text up to the stylesheet's max-height. Browsers with
 * `field-sizing: content` do that in CSS; the others (Firefox ESR) get the height set here.
 */
const sizedByCss = globalThis.CSS?.supports?.('field-sizing', 'content') ?? false;

export function fitToText(area: HTMLTextAreaElement): void {
  if (sizedByCss) return;
  area.style.height = 'auto'; // measure the text, not the last height
  area.style.height = `${area.scrollHeight + area.offsetHeight - area.clientHeight}px`;
}
