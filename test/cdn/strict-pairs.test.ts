// Any mix of the kit's CDN files on a page with the README's strict policy, sent as an HTTP header
// (test/support/strict-pages.mjs makes the pages). Trusted Types allow one `lit-html` policy, so the
// files of one release must share one Lit.
import { expect, waitUntil } from '@open-wc/testing';

type PageWindow = Window & typeof globalThis & { pageErrors: string[] };

const FILES = ['ml-transition-kit', 'skill-mapper', 'path-recommender', 'transition-checklist'];
const TAGS = ['skill-mapper', 'path-recommender', 'transition-checklist'];

let frame: HTMLIFrameElement | undefined;

async function strictPage(files: string[], policy = 'strict'): Promise<PageWindow> {
  frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '600';
  frame.src = `/test/strict-page.html?files=${files.join(',')}&policy=${policy}`;
  document.body.append(frame);
  await new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow as PageWindow;
}

/** Waits until every kit element on the page has rendered; names the ones that never did. */
async function everyElementRendered(win: PageWindow): Promise<void> {
  const elements = [...win.document.body.querySelectorAll(TAGS.join(','))];
  const rendered = (element: Element) => element.shadowRoot?.querySelector('[aria-busy="false"]');
  await waitUntil(() => elements.every(rendered), '', { timeout: 8000 }).catch(() => {
    const missing = elements.filter((element) => !rendered(element)).map((element) => element.localName);
    throw new Error(`never rendered: ${missing.join(', ')}; page errors: ${win.pageErrors.join(' | ')}`);
  });
}

/** The header really is enforced: markup from a string is refused without a Trusted Types policy. */
function expectTrustedTypesEnforced(win: PageWindow): void {
  if (!('trustedTypes' in win)) return; // an engine without Trusted Types enforces none of this
  // Chromium and Firefox word the refusal differently.
  expect(() => (win.document.body.appendChild(win.document.createElement('div')).innerHTML = '<b>x</b>')).to.throw(
    /TrustedHTML|Sink type mismatch/,
  );
}

describe('CDN files together under a strict CSP header with Trusted Types', () => {
  afterEach(() => frame?.remove());

  for (const first of FILES) {
    for (const second of FILES) {
      it(`${first}.js then ${second}.js: every element renders, nothing is reported`, async () => {
        const win = await strictPage([first, second]);
        await everyElementRendered(win);
        expect(win.pageErrors).to.deep.equal([]);
        expectTrustedTypesEnforced(win);
      });
    }
  }

  it("two different releases meet on one page with 'allow-duplicates' added, as the README says", async () => {
    const win = await strictPage(['skill-mapper', 'other:path-recommender'], 'duplicates');
    await everyElementRendered(win);
    expect(win.pageErrors).to.deep.equal([]);
    expectTrustedTypesEnforced(win);
  });
});
