// The browser of one run of the widget tests, chosen by INSPRAAK_BROWSER=chromium|firefox|webkit
// (default chromium), so web-test-runner.config.js stays one config for the three engines:
// - chromium: Debian's Chromium through puppeteer (the DevTools protocol);
// - firefox:  Firefox ESR through puppeteer over WebDriver BiDi (no geckodriver);
// - webkit:   WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic), on an Xvfb display
//             that this module starts, and stops when the run ends.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import {
  browserHelp,
  chromiumArgs,
  findBrowser,
  findFirefox,
  findWebKit,
  firefoxHelp,
  webkitHelp,
} from './find-browser.mjs';

export const engines = ['chromium', 'firefox', 'webkit'];

/** The engine of this run, from INSPRAAK_BROWSER. */
export function selectedEngine() {
  const engine = (process.env.INSPRAAK_BROWSER || 'chromium').toLowerCase();
  if (!engines.includes(engine)) throw new Error(`INSPRAAK_BROWSER=${engine}: use one of ${engines.join(', ')}`);
  return engine;
}

/**
 * The launcher for `engine`, and `stop()` for what was started for it (Xvfb and WebKitWebDriver).
 * @param {string} engine
 */
export async function browserFor(engine) {
  if (engine === 'chromium') {
    const executablePath = findBrowser();
    if (!executablePath) throw new Error(browserHelp);
    const launcher = chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs } });
    launcher.name = 'Chromium'; // not "Chrome": the progress lines name the engine
    return { launcher, stop: async () => {} };
  }
  if (engine === 'firefox') {
    const executablePath = findFirefox();
    if (!executablePath) throw new Error(firefoxHelp);
    const launcher = chromeLauncher({
      launchOptions: { browser: 'firefox', executablePath, headless: true },
      createPage: async ({ context }) => withoutScreenOrientation(await context.newPage()),
    });
    launcher.name = 'Firefox';
    // puppeteer over WebDriver BiDi knows the space bar only as ' ', not by its name 'Space' (which
    // Chromium's puppeteer and WebDriver both know): `sendKeys({ press: 'Space' })` works in every engine.
    const getPage = launcher.getPage.bind(launcher);
    launcher.getPage = (sessionId) => spaceByName(getPage(sessionId));
    return { launcher, stop: async () => {} };
  }
  const webkit = findWebKit();
  if (!webkit) throw new Error(webkitHelp);
  return startWebKit(webkit);
}

/**
 * The page, its `setViewport` working in Firefox ESR 140: puppeteer 24 sends
 * `emulation.setScreenOrientationOverride` beside every viewport, a WebDriver BiDi command Firefox
 * knows only from version 144, and fails the whole call (puppeteer/puppeteer#14391 and #14989: it
 * supports the latest Firefox only). The viewport command, sent beside it, still applies; only that
 * unknown command is let pass, any other failure still fails.
 */
function withoutScreenOrientation(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!/unknown command emulation\.setScreenOrientationOverride/.test(String(error?.message))) throw error;
    }
  };
  return page;
}

const keyboards = new WeakSet();

/** The page, its keyboard taking 'Space' for ' '. */
function spaceByName(page) {
  const { keyboard } = page;
  if (!keyboards.has(keyboard)) {
    keyboards.add(keyboard);
    for (const method of ['press', 'down', 'up']) {
      const original = keyboard[method].bind(keyboard);
      keyboard[method] = (key, ...rest) => original(key === 'Space' ? ' ' : key, ...rest);
    }
  }
  return page;
}

/** @param {{ driver: string, miniBrowser: string, xvfb: string }} webkit */
async function startWebKit({ driver, miniBrowser, xvfb }) {
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    children.length = 0;
  };
  // Never leave a display or a driver behind, however the run ends.
  process.once('exit', () => void stop());
  try {
    const display = await startXvfb(xvfb, children);
    const port = await freePort();
    const webDriver = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, DISPLAY: display },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.push(webDriver);
    await waitForDriver(port, webDriver);
    const launcher = webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    });
    // `sendKeys({ type })` arrives as one key per character, and webdriverio's keys() presses them all
    // before releasing any: WebKitGTK then drops a key pressed again while held (the second space of
    // "De lamp brandt niet." is lost). Press and release each key in turn, as a person types.
    const sendKeys = launcher.sendKeys.bind(launcher);
    launcher.sendKeys = async (sessionId, keys) => {
      for (const key of keys) await sendKeys(sessionId, [key]);
    };
    return { launcher, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Starts Xvfb on the first free display and resolves to its name (`:99`). */
function startXvfb(xvfb, children) {
  return new Promise((resolve, reject) => {
    // -displayfd 3: Xvfb picks a free display and writes its number to fd 3 once it is ready.
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.stdio[3].on('data', (chunk) => resolve(`:${String(chunk).trim()}`));
    child.on('exit', (code) => reject(new Error(`Xvfb stopped (${code}): ${errors}`)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port, child) {
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver stopped (${child.exitCode}): ${errors}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}: ${errors}`);
}
