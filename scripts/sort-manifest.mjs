// The analyzer lists modules in file-system order, which differs between machines; CI compares the
// committed manifest with a fresh one, so the order must not depend on the machine.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
writeFileSync('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
