// The system Chromium every tool here drives (tests, benchmark, Lighthouse, screenshots), and the
// flags it needs on these machines: no sandbox as root, no GPU, and none of the background
// networking that a closed network refuses. Nothing here downloads a browser.
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
