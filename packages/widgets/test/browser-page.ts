// What the CDN tests share: a test page as a city's CMS would serve it (the loader in the head), and
// a Chromium tab that records every request and every console error of the page it opens.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type BrowserContext, type HTTPRequest, type Page } from 'puppeteer-core';
import { browserHelp, chromiumArgs, findBrowser } from '../../../scripts/find-browser.mjs';

export interface RecordedRequest {
  /** Without the server's origin when it is the test server's (`/cdn/inspraak.js`). */
  url: string;
  started: number;
  finished?: number;
}

export interface OpenedPage {
  tab: Page;
  requests: RecordedRequest[];
  /** Page errors, console errors and warnings. */
  errors: string[];
}

/** Debian's Chromium (or CHROME_PATH), headless; throws with install instructions when there is none. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(browserHelp);
  return puppeteer.launch({ executablePath, args: chromiumArgs, headless: true });
}

/**
 * Writes `dir/name`: a Dutch city page with the loader in its head (as a site template has it),
 * `head` after the charset, `body` after the page's heading. Returns its URL on `origin`.
 */
export function writeCityPage(
  dir: string,
  server: { origin: string; siteKey: string },
  name: string,
  body: string,
  head = '',
): string {
  writeFileSync(
    path.join(dir, name),
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}
<script type="module" src="/cdn/inspraak.js" data-site-key="${server.siteKey}"></script></head>
<body><h1>Gemeente Voorbeeld</h1>${body}</body></html>`,
  );
  return `${server.origin}/${name}`;
}

/**
 * Opens `url` in a new tab of `browser` (or of a context of it, with storage of its own), recording
 * every request; `hold` delays the responses whose URL matches it by 800 ms.
 */
export async function openRecorded(browser: Browser | BrowserContext, origin: string, url: string, hold?: RegExp): Promise<OpenedPage> {
  const tab = await browser.newPage();
  const requests: RecordedRequest[] = [];
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') errors.push(message.text());
  });
  await tab.setRequestInterception(true);
  tab.on('request', (request: HTTPRequest) => {
    const entry = { url: request.url().replace(origin, ''), started: Date.now() };
    requests.push(entry);
    if (hold?.test(entry.url)) setTimeout(() => void request.continue(), 800);
    else void request.continue();
  });
  tab.on('requestfinished', (request) => {
    const entry = requests.find((seen) => seen.url === request.url().replace(origin, '') && !seen.finished);
    if (entry) entry.finished = Date.now();
  });
  await tab.goto(url, { waitUntil: 'load' });
  return { tab, requests, errors };
}
