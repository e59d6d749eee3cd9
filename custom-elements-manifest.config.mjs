// custom-elements.json is generated from the JSDoc on each element class (`npm run analyze`).
export default {
  globs: ['src/elements/*/*.ts'],
  exclude: ['src/elements/*/*.styles.ts', 'src/elements/*/*.locales.ts', 'src/elements/*/*-diagram.ts', 'src/elements/*/index.ts'],
  litelement: true,
  outdir: '.',
};
