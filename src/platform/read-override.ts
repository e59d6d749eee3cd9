/**
 * Reads the content an embedder put on an element: an inline `<script type="application/json">`
 * child, or the JSON at the element's `src` URL. Loaded only on pages that use an override.
 * Never throws: a failed fetch or invalid JSON comes back as a problem at `$`.
 */
import type { Problem } from '../core/validate.js';

export type RawOverride = { ok: true; data: unknown } | { ok: false; problems: Problem[] };

const problem = (code: string, message: string): RawOverride => ({ ok: false, problems: [{ path: '$', code, message }] });

function parse(text: string, where: string): RawOverride {
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (error) {
    return problem('invalid-json', `${where} is not valid JSON: ${(error as Error).message}`);
  }
}

export async function readOverride(host: HTMLElement): Promise<RawOverride> {
  const src = host.getAttribute('src');
  if (src) {
    let response: Response;
    try {
      response = await fetch(new URL(src, host.ownerDocument.baseURI), { credentials: 'same-origin' });
    } catch (error) {
      return problem('fetch-failed', `${src} could not be loaded: ${String(error)}`);
    }
    if (!response.ok) return problem('fetch-failed', `${src} could not be loaded: HTTP ${response.status}`);
    return parse(await response.text(), src);
  }
  const script = host.querySelector(':scope > script[type="application/json"]');
  return parse(script?.textContent ?? '', 'The inline <script type="application/json">');
}
