// compact-html drops indentation from the path's templates (each whitespace node would be in every
// copy) and nothing that separates words or attributes.
import { expect, fixture } from '@open-wc/testing';
import { html } from '../../src/elements/path-recommender/compact-html.js';
import { compactParts } from '../../src/elements/path-recommender/markup-whitespace.js';

describe('compact-html', () => {
  it('drops whitespace with a line break between tags, values and the template ends', () => {
    expect(compactParts(['\n  <p>', '</p>\n  <p>', '</p>\n  ', '\n  ', '\n'])).to.deep.equal(['<p>', '</p><p>', '</p>', '', '']);
  });

  it('keeps whitespace within a line, and text next to a line break', () => {
    expect(compactParts(['<p>', ' ', '</p>'])).to.deep.equal(['<p>', ' ', '</p>']);
    expect(compactParts(['<p>', '\n  and more', '</p>'])).to.deep.equal(['<p>', '\n  and more', '</p>']);
  });

  it('keeps the line break between two values inside a tag: it separates attributes', () => {
    const parts = ['<select\n  aria-label=', '\n  ', '\n  @change=', '\n></select>\n  ', '\n'];
    expect(compactParts(parts)).to.deep.equal(['<select\n  aria-label=', '\n  ', '\n  @change=', '\n></select>', '']);
  });

  it('renders a multi-line template without whitespace nodes, and binds every attribute', async () => {
    let changed = '';
    const element = await fixture<HTMLDivElement>(html`<div>
      <select
        aria-label=${'Level'}
        .value=${'b'}
        @change=${(event: Event) => (changed = (event.target as HTMLSelectElement).value)}
      >
        <option value="a">A</option>
        <option value="b">B</option>
      </select>
      ${'one'}
      ${'two'} ${'three'}
    </div>`);
    const select = element.querySelector('select')!;
    expect(select.getAttribute('aria-label')).to.equal('Level');
    expect(select.value).to.equal('b');
    select.value = 'a';
    select.dispatchEvent(new Event('change'));
    expect(changed).to.equal('a');
    const blank = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && !node.textContent!.trim());
    expect(blank.map((node) => node.textContent)).to.deep.equal([' ']); // only the space written between two values on one line
    expect(element.textContent).to.equal('ABonetwo three');
  });
});
