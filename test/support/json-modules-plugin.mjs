// Serves .json as an ES module only when it is imported (source code imports content JSON the way
// bundlers allow), and as plain JSON when fetched, so `src="…json"` content overrides work in tests.
const importedAsModule = (context) => context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';

export function jsonModulesPlugin() {
  return {
    name: 'json-modules',
    resolveMimeType(context) {
      if (importedAsModule(context)) return 'js';
    },
    transform(context) {
      if (importedAsModule(context)) return { body: `export default ${context.body};` };
    },
  };
}
