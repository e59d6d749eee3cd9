// Renders the API reference from custom-elements.json with DOM methods (text only, no HTML strings).
const MANIFEST = new URL('../../custom-elements.json', import.meta.url);

function element(tag, children = [], attributes = {}) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
const code = (text) => (text ? element('code', [text]) : '');

function table(caption, head, rows) {
  if (rows.length === 0) return [];
  return [
    element('h3', [caption]),
    element('div', [
      element('table', [
        element('thead', [element('tr', head.map((title) => element('th', [title], { scope: 'col' })))]),
        element('tbody', rows.map((cells) => element('tr', cells.map((cell) => element('td', [cell ?? '']))))),
      ]),
    ], { class: 'scroll' }),
  ];
}

function describe(declaration) {
  const members = declaration.members ?? [];
  return element('section', [
    element('h2', [code(`<${declaration.tagName}>`)], { id: declaration.tagName }),
    element('p', [declaration.description ?? '']),
    ...table('Attributes', ['Attribute', 'Property', 'Type', 'Description'], (declaration.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), a.description])),
    ...table('Properties and methods', ['Name', 'Type', 'Description'], members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected').map((m) => [code(m.static ? `${declaration.name}.${m.name}` : m.name), code(m.type?.text ?? (m.kind === 'method' ? 'method' : '')), m.description])),
    ...table('Events', ['Event', 'Detail', 'Description'], (declaration.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description])),
    ...table('CSS parts', ['Part', 'Description'], (declaration.cssParts ?? []).map((p) => [code(p.name), p.description])),
    ...table('CSS custom properties', ['Property', 'Default', 'Description'], (declaration.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description])),
  ], { 'aria-labelledby': declaration.tagName });
}

const target = document.getElementById('reference');
try {
  const manifest = await (await fetch(MANIFEST)).json();
  const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((decl) => decl.customElement && decl.tagName);
  target.replaceChildren(
    element('nav', [element('ul', elements.map((decl) => element('li', [element('a', [code(`<${decl.tagName}>`)], { href: `#${decl.tagName}` })])))], { 'aria-label': 'Elements' }),
    ...elements.map(describe),
  );
} catch (error) {
  target.textContent = `The reference could not be loaded: ${error}`;
}
