// custom-elements.json is generated from the JSDoc on each element class (`npm run analyze`):
// the class files and define.ts of each element folder; render helpers stay out of the manifest.
export default {
  globs: ['src/elements/*/*.ts', 'src/platform/kit-element.ts'],
  exclude: [
    'src/elements/shared/*.ts',
    'src/elements/*/*.styles.ts',
    'src/elements/*/*.locales.ts',
    'src/elements/*/*-diagram.ts',
    'src/elements/*/*-timeline.ts',
    'src/elements/*/*-phase.ts',
    'src/elements/*/*-extras.ts',
    'src/elements/*/*-exports.ts',
    'src/elements/*/index.ts',
  ],
  litelement: true,
  outdir: '.',
};
