import { expect } from '@open-wc/testing';
import { hostScheme, type Marked } from '../../src/core/host-scheme.js';

/** An element with just these attributes. */
const marked = (attributes: Record<string, string>): Marked => ({ getAttribute: (name) => attributes[name] ?? null });
const NONE = marked({});

describe('hostScheme: the host page’s own colour mode', () => {
  it('reads each docs site’s and framework’s marker', () => {
    const cases: [Record<string, string>, string | undefined][] = [
      [{ 'data-theme': 'dark' }, 'dark'], // Docusaurus and many others
      [{ 'data-theme': 'light' }, 'light'],
      [{ 'data-md-color-scheme': 'slate' }, 'dark'], // MkDocs Material
      [{ 'data-md-color-scheme': 'default' }, 'light'],
      [{ class: 'antialiased dark' }, 'dark'], // Tailwind
      [{ class: 'light\tfont-sans' }, 'light'],
      [{ class: 'darkish dark-mode' }, undefined],
      [{ 'data-theme': 'dracula' }, undefined], // a named theme, not a scheme: left to the reader
      [{ 'data-md-color-scheme': 'custom' }, undefined],
      [{ 'data-md-color-scheme': 'constructor', 'data-theme': '__proto__', class: 'toString' }, undefined],
    ];
    for (const [attributes, expected] of cases) {
      expect(hostScheme([marked(attributes)], 'normal', null), JSON.stringify(attributes)).to.equal(expected);
    }
  });

  it('reads the root’s color-scheme, then the meta tag, when they name one scheme', () => {
    expect(hostScheme([NONE], 'dark', null)).to.equal('dark');
    expect(hostScheme([NONE], 'only light', null)).to.equal('light');
    expect(hostScheme([NONE], 'dark only', null)).to.equal('dark');
    expect(hostScheme([NONE], 'normal', ' only dark ')).to.equal('dark');
    expect(hostScheme([NONE], 'normal', 'sepia')).to.equal(undefined);
    expect(hostScheme([NONE], 'light dark', 'dark')).to.equal(undefined); // the page follows the reader
    expect(hostScheme([NONE], 'normal', 'dark')).to.equal('dark');
    expect(hostScheme([NONE], 'normal', 'light dark')).to.equal(undefined);
    expect(hostScheme([NONE], 'normal', null)).to.equal(undefined);
    expect(hostScheme([NONE], undefined, undefined)).to.equal(undefined);
  });

  it('takes a toggle’s marker over the page’s declared color-scheme', () => {
    // A site that declares `:root { color-scheme: light }` and flips data-theme with its toggle.
    expect(hostScheme([NONE, marked({ 'data-theme': 'dark' })], 'light', 'light')).to.equal('dark');
  });

  it('takes <body>’s marker over <html>’s, and a data attribute over a class on the same element', () => {
    expect(hostScheme([marked({ 'data-md-color-scheme': 'slate' }), marked({ 'data-theme': 'light' })], 'normal', null)).to.equal('dark');
    expect(hostScheme([marked({ 'data-theme': 'light', class: 'dark' })], 'normal', null)).to.equal('light');
    expect(hostScheme([null, marked({ class: 'dark' })], 'normal', null)).to.equal('dark'); // no <body> yet
  });
});
