// The playground: the form describes one element; the snippet is written from the form, and the
// preview is built from that very snippet, so what is copied is what is shown.
const CDN = 'https://cdn.jsdelivr.net/npm/ml-transition-kit@0.1/dist/cdn/';
const form = document.getElementById('controls');
const ATTRIBUTES = ['lang', 'theme', 'specialization', 'level', 'direction', 'storage-key'];
const CUSTOM_PROPERTIES = ['--mltk-color-accent', '--mltk-radius', '--mltk-font-family'];

const escapeHtml = (text) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** The snippet for the current form, as an embedder would paste it. */
export function snippet() {
  const data = new FormData(form);
  const tag = data.get('element');
  const attributes = ATTRIBUTES.filter((name) => form.querySelector(`[name="${name}"]`).closest('label')?.hidden !== true)
    .map((name) => [name, String(data.get(name) ?? '').trim()])
    .filter(([, value]) => value)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const properties = CUSTOM_PROPERTIES.map((name) => {
    const input = form.querySelector(`[name="${name}"]`);
    return input.value ? `  ${name}: ${input.value}${input.dataset.unit ?? ''};` : '';
  }).filter(Boolean);
  return [
    `<script type="module" src="${CDN}${tag}.js"></script>`,
    ...(properties.length ? [`<style>\n${tag} {\n${properties.join('\n')}\n}\n</style>`] : []),
    `<${tag}${attributes}></${tag}>`,
  ].join('\n');
}

function update() {
  const tag = new FormData(form).get('element');
  for (const label of form.querySelectorAll('[data-for]')) label.hidden = label.dataset.for !== tag;
  const text = snippet();
  document.getElementById('snippet').textContent = text;
  // The preview is the snippet itself, minus the CDN script this page has already loaded.
  const preview = document.getElementById('preview');
  const template = document.createElement('template');
  template.innerHTML = text.replace(/<script[^>]*><\/script>\n?/, '');
  preview.replaceChildren(template.content);
}

document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(snippet());
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Copying is blocked here; select the snippet and copy it.';
  }
});

form.addEventListener('input', update);
form.addEventListener('change', update);
update();
