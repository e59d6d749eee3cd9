// Static site generators import components at build time, in Node, with no DOM. Every published
// module must import there without throwing and without touching window, document or storage.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const files = readdirSync('dist/npm', { recursive: true })
  .filter((file) => file.endsWith('.js'))
  .map((file) => join('dist/npm', file));

// Lit itself feature-detects `document` when it loads; import it first so the traps below only
// judge this package's modules.
await import('lit');

for (const name of ['window', 'document', 'localStorage', 'sessionStorage']) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      throw new Error(`${name} was touched at import time`);
    },
  });
}

for (const file of files) await import(pathToFileURL(file).href);
console.log(`node import: ${files.length} modules import cleanly in Node`);
