// Finds a Chromium-family browser for the widget and end-to-end tests, so `npm test` needs no download.
import { existsSync } from 'node:fs';

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
