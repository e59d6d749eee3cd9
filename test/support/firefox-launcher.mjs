// Runs the suite in Debian's Firefox ESR. No geckodriver is packaged for Debian and the npm
// ones download theirs at install, so we drive Firefox over WebDriver BiDi with the puppeteer-core
// that @web/test-runner-chrome already ships, reusing its launcher (it takes a custom puppeteer).
// The launcher keeps type 'puppeteer', so @web/test-runner-commands hands the commands to the
// page below; the two it would run through CDP, which Firefox lacks, are patched on that page.
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';

const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// Chrome's keyboard takes key codes such as 'Space' or 'KeyA'; puppeteer's BiDi keyboard only
// knows key values, and throws 'Unknown key' on those codes.
const keyValue = key =>
  key === 'Space' ? ' ' : /^Key[A-Z]$/.test(key) ? key.slice(3).toLowerCase() : /^Digit\d$/.test(key) ? key.slice(5) : key;

function patchKeyboard(keyboard) {
  for (const method of ['press', 'down', 'up']) {
    const original = keyboard[method].bind(keyboard);
    keyboard[method] = (key, ...rest) => original(keyValue(key), ...rest);
  }
}

// Firefox's BiDi has no media-feature emulation (puppeteer's emulateMediaFeatures needs CDP), but
// the content-override prefs change it live. Prefs are global, which is as good as per-page here:
// the config runs one page at a time. Setting them needs chrome-scope script, allowed only with
// --remote-allow-system-access (on the loopback BiDi socket puppeteer itself opens).
const PREFS = {
  'prefers-color-scheme': { pref: 'layout.css.prefers-color-scheme.content-override', values: { dark: 0, light: 1 } },
  'prefers-reduced-motion': { pref: 'ui.prefersReducedMotion', values: { reduce: 1, 'no-preference': 0 } },
};

async function setPrefs(browser, features) {
  // BidiBrowser.connection is not in puppeteer's public types: pinned by @web/test-runner-chrome ~0.18.
  const connection = browser.connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chromeWindow = tree.result.contexts[0].context;
  const lines = features.map(({ name, value }) => {
    const entry = PREFS[name];
    if (!entry) throw new Error(`emulateMedia: ${name} is not supported in Firefox`);
    const int = entry.values[value];
    return int === undefined
      ? `Services.prefs.clearUserPref(${JSON.stringify(entry.pref)});`
      : `Services.prefs.setIntPref(${JSON.stringify(entry.pref)}, ${int});`;
  });
  const { result } = await connection.send('script.evaluate', {
    expression: lines.join('\n'),
    target: { context: chromeWindow },
    awaitPromise: false,
  });
  if (result.type !== 'success') throw new Error(`emulateMedia: ${JSON.stringify(result.exceptionDetails)}`);
}

function patchPage(page, browser) {
  patchKeyboard(page.keyboard);
  page.emulateMediaFeatures = async (features = []) => {
    await setPrefs(browser, features);
    // The pref reaches the content process asynchronously: return once the page sees it.
    const queries = features.filter(f => f.value in PREFS[f.name].values).map(f => `(${f.name}: ${f.value})`);
    await page.waitForFunction(qs => qs.every(q => matchMedia(q).matches), { polling: 20, timeout: 2000 }, queries);
  };
  // Print media the way Firefox's devtools simulate it: the medium override of every tab's
  // browsing context (chrome-scope script, as for the prefs above).
  page.emulateMediaType = async (type) => {
    const connection = browser.connection;
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const { result } = await connection.send('script.evaluate', {
      expression: `for (const tab of gBrowser.browsers) tab.browsingContext.top.mediumOverride = ${JSON.stringify(type ?? '')};`,
      target: { context: tree.result.contexts[0].context },
      awaitPromise: false,
    });
    if (result.type !== 'success') throw new Error(`emulateMedia: ${JSON.stringify(result.exceptionDetails)}`);
    await page.waitForFunction((print) => matchMedia('print').matches === print, { polling: 20, timeout: 2000 }, type === 'print');
  };
  return page;
}

export function firefoxLauncher() {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath, headless: true, args: ['--remote-allow-system-access'] },
    createPage: async ({ context, browser }) => patchPage(await context.newPage(), browser),
  });
}
