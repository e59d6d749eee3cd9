// The same suite as web-test-runner.config.mjs, in a second engine: Debian's Firefox ESR
// (apt-get install firefox-esr). Only the browser differs, so the two runs stay comparable.
import base from './web-test-runner.config.mjs';
import { firefoxLauncher } from './test/support/firefox-launcher.mjs';

export default { ...base, browsers: [firefoxLauncher()] };
