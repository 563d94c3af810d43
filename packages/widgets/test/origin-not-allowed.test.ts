// A city page on an origin its site does not list, in a real Chromium against the real server: the
// page is served by a server of its own (another origin), the loader and the API by the Inspraak
// server. Residents read why in plain words, the page's `inspraak-error` says `origin-not-allowed`,
// the console names the origin to add, and nothing is tried again.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { createClient } from '@inspraak/sdk';
import { startTestServer, type TestServer } from '../../server/src/testing.ts';
import { createSite } from '../../server/src/services/site-service.ts';
import { describeViolations, runAxe } from '../../../scripts/axe-page.ts';
import { launchChromium, openRecorded } from './browser-page.ts';
import { buildCdnInto } from './cdn-build.ts';

const pollId = 'origin_poll';

let server: TestServer;
let cityPages: Server;
let pageOrigin: string;
let browser: Browser;
let work: string;
let siteKey: string;
/** What reached the Inspraak server's API, as `METHOD /path`. */
let apiRequests: string[] = [];

/** The city's page with the loader from the Inspraak server, recording each `inspraak-error` it hears. */
const cityPage = (lang: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Gemeente Elders</title>
<script>window.heard = []; document.addEventListener('inspraak-error', (event) => window.heard.push(event.detail.error.code));</script>
<script type="module" src="${server.origin}/cdn/inspraak.js" data-site-key="${siteKey}"></script></head>
<body><main><h1>Gemeente Elders</h1><inspraak-poll poll="${pollId}"></inspraak-poll></main></body></html>`;

before(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'inspraak-origin-'));
  await buildCdnInto(path.join(work, 'cdn'));
  // As production runs: only the city's own site, which lists only its own website.
  server = await startTestServer({ demo: false, staticRoots: { cdn: path.join(work, 'cdn') } });
  const { site, adminToken } = await createSite({ db: server.app.inspraak.db, now: () => new Date() }, { name: 'Gemeente Voorbeeld', origins: ['https://www.voorbeeld.nl'] });
  siteKey = site.publicKey;
  await createClient({ baseUrl: server.baseUrl, adminToken }).admin.polls.create({
    id: pollId,
    question: 'Waar moeten de nieuwe bankjes staan?',
    options: [{ label: 'Bij de fontein' }, { label: 'Onder de bomen' }],
    selection: 'single',
  } as never);
  server.app.server.on('request', (request) => {
    if (request.url?.startsWith('/v1/') && request.method !== 'OPTIONS') apiRequests.push(`${request.method} ${request.url}`);
  });
  cityPages = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(cityPage(new URL(request.url!, 'http://page').searchParams.get('lang') ?? 'nl'));
  });
  await new Promise<void>((resolve) => cityPages.listen(0, '127.0.0.1', resolve));
  pageOrigin = `http://127.0.0.1:${(cityPages.address() as { port: number }).port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => cityPages?.close(resolve));
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens the city page and waits until the poll shows its error. */
async function openRefused(lang: string) {
  apiRequests = [];
  const context = await browser.createBrowserContext();
  const opened = await openRecorded(context, pageOrigin, `${pageOrigin}/?lang=${lang}`);
  await opened.tab.waitForFunction(() => document.querySelector('inspraak-poll')?.shadowRoot?.querySelector('[part~=error]'), { timeout: 15_000 });
  const shown = await opened.tab.evaluate(() => {
    const root = document.querySelector('inspraak-poll')!.shadowRoot!;
    return {
      error: root.querySelector('[part~=error]')!.textContent!.replace(/\s+/g, ' ').trim(),
      retryButton: root.querySelector('[part~=retry-button]') !== null,
    };
  });
  return { ...opened, context, shown };
}

describe('a page on an origin the site does not allow', () => {
  it('tells residents in plain words, tells the page origin-not-allowed and the console which origin to add, and retries nothing', async () => {
    const { tab, context, errors, shown } = await openRefused('nl');
    assert.match(shown.error, /Deze website mag deze peiling niet tonen\. Neem contact op met de gemeente\./);
    assert.doesNotMatch(shown.error, /internet/);
    assert.equal(shown.retryButton, false, 'trying again cannot help');
    assert.deepEqual(await tab.evaluate(() => (window as unknown as { heard: string[] }).heard), ['origin-not-allowed']);
    // Said for each refused call (the page's first reads run in parallel).
    const advice = errors.filter((error) => error.includes('Inspraak site does not allow'));
    assert.ok(advice.length >= 1, errors.join('\n'));
    for (const text of advice) assert.equal(text, `This Inspraak site does not allow requests from ${pageOrigin}. Add ${pageOrigin} to its allowed origins.`);

    // Longer than the SDK would wait before a retry (at most 300 ms, then 600 ms).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // The poll's first reads run in parallel: the poll, and a participant token for "my ballot"
    // (the results wait for that token). Each was sent once; none was tried again.
    assert.deepEqual(apiRequests.sort(), [`GET /v1/polls/${pollId}`, 'POST /v1/participants']);
    assert.deepEqual(describeViolations((await runAxe(tab)).violations), []);
    await context.close();
  });

  it('says it in English on an English page', async () => {
    const { context, shown } = await openRefused('en');
    assert.match(shown.error, /This website may not show this poll\. Please contact the city\./);
    await context.close();
  });
});
