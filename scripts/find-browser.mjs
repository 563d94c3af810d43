// Finds the browsers of the widget and end-to-end tests (Chromium; for the widgets also Firefox ESR and
// WebKitGTK), so `npm test` needs no download.
import { existsSync as fileExists } from 'node:fs';

// INSPRAAK_NO_BROWSERS=1: behave as on a machine without any browser (the test of `npm test` itself uses it).
const existsSync = (path) => process.env.INSPRAAK_NO_BROWSERS !== '1' && fileExists(path);

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const browserHelp = `No Chromium or Google Chrome was found.
Install one and run the tests again, or point CHROME_PATH at it:
  Debian/Ubuntu:  sudo apt-get install chromium
  macOS:          brew install --cask chromium   (or install Google Chrome)
  any system:     CHROME_PATH=/path/to/chrome npm test`;

/** @returns {string | null} the path of the first browser found */
export function findBrowser() {
  for (const path of candidates) if (path && existsSync(path)) return path;
  return null;
}

/** Chromium flags for running headless here: as root (no sandbox) and without background traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

// ---- The other two engines of the widget tests: Firefox ESR and WebKitGTK (Safari's engine). ----

const firefoxCandidates = [
  process.env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

export const firefoxHelp = `No Firefox was found for the widget tests in Firefox ESR.
Install it and run the tests again, or point FIREFOX_PATH at it:
  Debian/Ubuntu:  sudo apt-get install firefox-esr
  any system:     FIREFOX_PATH=/path/to/firefox npm test`;

/** @returns {string | null} the path of the first Firefox found */
export function findFirefox() {
  for (const path of firefoxCandidates) if (path && existsSync(path)) return path;
  return null;
}

const webkitDriverCandidates = [process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver'];
const miniBrowserCandidates = [
  process.env.WEBKIT_MINIBROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];
const xvfbCandidates = [process.env.XVFB_PATH, '/usr/bin/Xvfb'];

export const webkitHelp = `WebKitGTK's WebDriver, its MiniBrowser or Xvfb was not found for the widget tests in WebKitGTK.
Install them and run the tests again:
  Debian/Ubuntu:  sudo apt-get install webkit2gtk-driver xvfb xauth
  or point WEBKIT_WEBDRIVER_PATH, WEBKIT_MINIBROWSER_PATH and XVFB_PATH at them.`;

/** @returns {{ driver: string, miniBrowser: string, xvfb: string } | null} WebKitGTK's pieces, all or none */
export function findWebKit() {
  const first = (paths) => paths.find((path) => path && existsSync(path)) ?? null;
  const driver = first(webkitDriverCandidates);
  const miniBrowser = first(miniBrowserCandidates);
  const xvfb = first(xvfbCandidates);
  return driver && miniBrowser && xvfb ? { driver, miniBrowser, xvfb } : null;
}
