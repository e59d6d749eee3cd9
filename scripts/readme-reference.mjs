// Writes the README's element reference from custom-elements.json, so the two never disagree.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (text) => (text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${text}\`` : '');

function table(head, rows) {
  if (rows.length === 0) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

const sections = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((decl) => decl.customElement && decl.tagName)
  .map((el) => {
    const attributes = (el.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), a.description]);
    const properties = (el.members ?? [])
      .filter((m) => m.kind === 'field' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static)
      .map((m) => [code(m.name), code(m.attribute), code(m.type?.text), m.readonly ? 'read-only. ' + (m.description ?? '') : m.description]);
    const methods = (el.members ?? [])
      .filter((m) => m.kind === 'method' && m.static && m.privacy !== 'private')
      .map((m) => [code(`${el.name}.${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), m.description]);
    const events = (el.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description]);
    const parts = (el.cssParts ?? []).map((p) => [code(p.name), p.description]);
    const props = (el.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description]);
    const slots = (el.slots ?? []).map((s) => [code(s.name || '(default)'), s.description]);
    return [
      `### \`<${el.tagName}>\``,
      el.description,
      '**Attributes**',
      table(['attribute', 'property', 'type', 'default', 'description'], attributes),
      '**Properties**',
      table(['property', 'attribute', 'type', 'description'], properties),
      '**Static methods**',
      table(['method', 'description'], methods),
      '**Events**',
      table(['event', 'type', 'description'], events),
      '**CSS parts**',
      table(['part', 'description'], parts),
      '**CSS custom properties**',
      table(['property', 'default', 'description'], props),
      ...(slots.length ? ['**Slots**', table(['slot', 'description'], slots)] : []),
    ]
      .filter(Boolean)
      .join('\n\n');
  });

const readme = readFileSync('README.md', 'utf8');
const generated = `<!-- Generated from custom-elements.json by scripts/readme-reference.mjs; do not edit by hand. -->\n\n${sections.join('\n\n')}`;
writeFileSync('README.md', readme.replace(/(<!-- reference:start -->)[\s\S]*?(<!-- reference:end -->)/, `$1\n${generated}\n$2`));
