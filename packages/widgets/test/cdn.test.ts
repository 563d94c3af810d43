// The CDN build as a city's page gets it: the real server serves `/cdn/*` and test pages, a real
// Chromium loads them. Builds packages/widgets/dist/cdn first, then checks the byte budget, that a
// page without widgets asks for nothing more, that a poll's code and data load in parallel, that a
// widget added later appears, that a vote works under a strict Content-Security-Policy, and how the
// files travel: precompressed, cached per kind, and a versioned loader a page can pin with SRI.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'puppeteer-core';
import { createClient } from '@inspraak/sdk';
import { budgets, measure } from '../../../scripts/check-size.mjs';
import { startTestServer, type TestServer } from '../../server/src/testing.ts';
import { getRaw } from '../../server/test/support/raw-http.ts';
import { launchChromium, openRecorded, writeCityPage } from './browser-page.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cdnDir = path.join(root, 'packages/widgets/dist/cdn');

let server: TestServer;
let browser: Browser;
let pages: string;

const page = (name: string, body: string, head = '') => writeCityPage(pages, server, name, body, head);

/** Opens `url`, recording every request; `hold` delays the responses whose URL matches it. */
const open = (url: string, hold?: RegExp) => openRecorded(browser, server.origin, url, hold);

const shadowText = (tab: Page, selector: string) =>
  tab.evaluate(
    (selector) => document.querySelector('inspraak-poll')?.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    selector,
  );

before(async () => {
  execFileSync(process.execPath, [path.join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', 'rollup.config.js', '--silent'], { cwd: root, stdio: 'inherit' });
  pages = mkdtempSync(path.join(tmpdir(), 'inspraak-cdn-pages-'));
  server = await startTestServer({ staticRoots: { cdn: cdnDir, demo: pages } });
  browser = await launchChromium();
  const admin = createClient({ baseUrl: server.baseUrl, adminToken: server.adminToken });
  await admin.admin.polls.create({
    id: 'cdn_poll',
    question: 'Wat wilt u op het plein?',
    options: [{ label: 'Bomen' }, { label: 'Bankjes' }],
    selection: 'single',
    resultsVisibility: 'always',
  } as never);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (pages) rmSync(pages, { recursive: true, force: true });
});

describe('CDN build', () => {
  it('keeps the loader and every widget’s page within their byte budgets (min+gzip, widgets.manifest.json)', () => {
    const { loader, widgets } = measure();
    assert.ok(loader <= budgets.loader, `loader ${loader} B > ${budgets.loader} B`);
    assert.ok(budgets.widgets['inspraak-poll']!.page, 'the poll page has a budget');
    for (const [tag, page] of Object.entries(widgets)) {
      const figures = Object.entries(page.files).map(([file, size]) => `${file} ${size.gzip} B`).join(', ');
      const { page: pageBudget = Infinity, own: ownBudget = Infinity } = budgets.widgets[tag]!;
      assert.ok(page.total <= pageBudget, `page with <${tag}> ${page.total} B > ${pageBudget} B (${figures})`);
      assert.ok(page.own <= ownBudget, `<${tag}>'s own code ${page.own} B > ${ownBudget} B (${figures})`);
    }
  });

  it('carries no poll code on an idea page, and no idea board code on an idea form page', () => {
    const { widgets } = measure();
    const [files, ideaFormFiles, ideaBoardFiles] = ['inspraak-poll', 'inspraak-idea-form', 'inspraak-idea-board'].map((tag) => widgets[tag]!.files);
    const pollChunk = Object.keys(files).find((file) => /^poll-/.test(file))!;
    assert.ok(pollChunk && !(pollChunk in ideaFormFiles) && !(pollChunk in ideaBoardFiles), 'no poll component on an idea page');
    const boardChunk = Object.keys(ideaBoardFiles).find((file) => /^idea-board-/.test(file))!;
    assert.ok(boardChunk && !(boardChunk in ideaFormFiles), 'no idea board code on an idea form page');
    for (const file of Object.keys(files)) {
      if (file === 'inspraak.js') continue;
      const code = readFileSync(path.join(cdnDir, file), 'utf8');
      assert.ok(!code.includes('by-receipt') && !code.includes('Bestaat uw idee al'), `${file} on a poll page carries no idea code`);
    }
  });

  it('makes no request beyond the loader on a page without widgets', async () => {
    const { tab, requests, errors } = await open(page('none.html', '<p>Geen peiling hier.</p>'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(
      requests.map((request) => request.url),
      ['/none.html', '/cdn/inspraak.js'],
    );
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it('loads the poll code and its data in parallel, then votes', async () => {
    // The widget's code is held back 800 ms: its data must not wait for it.
    const { tab, requests, errors } = await open(page('poll.html', '<inspraak-poll poll="cdn_poll"></inspraak-poll>'), /\/cdn\/poll-(?!data)/);
    await tab.waitForFunction(() => document.querySelector('inspraak-poll')?.shadowRoot?.querySelector('fieldset'), { timeout: 10_000 });
    const chunk = requests.find((request) => /\/cdn\/poll-(?!data)/.test(request.url))!;
    const data = requests.find((request) => request.url === '/v1/polls/cdn_poll')!;
    assert.ok(data.started < chunk.finished!, 'the poll was read while its code was still on its way');
    assert.equal(requests.filter((request) => request.url === '/v1/polls/cdn_poll').length, 1, 'the widget used the read the loader started');
    // The poll page's files, and (this poll shows live results) the live-results chunk, loaded on first use.
    const scripts = requests.filter((request) => request.url.startsWith('/cdn/') && !/\/event-stream-/.test(request.url)).map((request) => request.url);
    assert.deepEqual(scripts.sort(), ['/cdn/inspraak.js', ...Object.keys(measure().widgets['inspraak-poll']!.files).filter((file) => file !== 'inspraak.js').map((file) => `/cdn/${file}`)].sort());

    await tab.evaluate(() => {
      const root = document.querySelector('inspraak-poll')!.shadowRoot!;
      root.querySelector<HTMLInputElement>('input')!.click();
      root.querySelector<HTMLButtonElement>('[part~=submit-button]')!.click();
    });
    await tab.waitForFunction(() => document.querySelector('inspraak-poll')?.shadowRoot?.activeElement?.id === 'confirmation', { timeout: 10_000 });
    assert.equal(await shadowText(tab, '#confirmation'), 'Bedankt! Uw stem is geteld.');
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it('finds a widget added to the page later', async () => {
    const { tab, requests } = await open(page('later.html', '<main></main>'));
    assert.ok(!requests.some((request) => request.url.startsWith('/cdn/poll')), 'nothing loaded before the widget appears');
    await tab.evaluate(() => {
      document.querySelector('main')!.innerHTML = '<inspraak-poll poll="cdn_poll"></inspraak-poll>';
    });
    await tab.waitForFunction(() => document.querySelector('inspraak-poll')?.shadowRoot?.querySelector('[part~=question]'), { timeout: 10_000 });
    await tab.close();
  });

  it('works under a strict Content-Security-Policy (no inline styles or scripts, no eval)', async () => {
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'">`;
    const { tab, errors } = await open(page('csp.html', '<inspraak-poll poll="cdn_poll"></inspraak-poll>', csp));
    // A string, not a function: tsx would wrap a named function in a helper the page does not have.
    const violations = (await tab.evaluate(`new Promise((resolve) => {
      const seen = [];
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective + ' ' + event.blockedURI));
      (function wait() {
        if (document.querySelector('inspraak-poll')?.shadowRoot?.querySelector('.bar-fill')) resolve(seen);
        else setTimeout(wait, 50);
      })();
    })`)) as string[];
    assert.deepEqual(violations, []);
    // Results are visible ("always"): the bars got their widths through the CSSOM.
    const width = await tab.evaluate(() => document.querySelector('inspraak-poll')!.shadowRoot!.querySelector<HTMLElement>('.bar-fill')!.style.width);
    assert.match(width, /^\d+(\.\d+)?%$/);
    assert.deepEqual(errors.filter((error) => /Content Security Policy/i.test(error)), []);
    await tab.close();
  });
});

describe('CDN delivery: compression, caching, a versioned loader for SRI', () => {
  const year = 'public, max-age=31536000, immutable';
  const release = () => JSON.parse(readFileSync(path.join(cdnDir, 'integrity.json'), 'utf8')) as { version: string; loader: string; integrity: string };

  it('sends a poll page’s files precompressed, far smaller than raw, each cached as its kind allows', async (t) => {
    const files = Object.keys(measure().widgets['inspraak-poll']!.files);
    const total = { raw: 0, gzip: 0, br: 0 };
    for (const file of files) {
      const url = `${server.origin}/cdn/${file}`;
      const raw = await getRaw(url, { 'accept-encoding': 'identity' });
      const gzip = await getRaw(url, { 'accept-encoding': 'gzip' });
      const br = await getRaw(url, { 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(raw.headers['content-encoding'], undefined, file);
      assert.equal(gzip.headers['content-encoding'], 'gzip', file);
      assert.equal(br.headers['content-encoding'], 'br', file);
      assert.ok(gunzipSync(gzip.body).equals(raw.body) && brotliDecompressSync(br.body).equals(raw.body), `${file}: the same bytes once decoded`);
      for (const response of [raw, gzip, br]) {
        assert.match(String(response.headers.vary), /accept-encoding/i, file);
        assert.match(String(response.headers['content-type']), /javascript/, file);
        assert.equal(response.headers['access-control-allow-origin'], '*', file);
        // The loader's URL never changes: a short life and an ETag. Chunks are named by their content.
        assert.equal(response.headers['cache-control'], file === 'inspraak.js' ? 'public, max-age=300' : year, file);
      }
      total.raw += raw.body.length;
      total.gzip += gzip.body.length;
      total.br += br.body.length;
    }
    t.diagnostic(`poll page on the wire (${files.length} files): ${total.raw} B raw, ${total.gzip} B gzip, ${total.br} B brotli`);
    assert.ok(total.br < total.raw * 0.4, `${total.br} B brotli of ${total.raw} B`);
    assert.ok(total.br < total.gzip, 'brotli beats gzip');
  });

  it('answers the loader’s ETag with 304 and no body', async () => {
    for (const encoding of ['br', 'identity']) {
      const first = await getRaw(`${server.origin}/cdn/inspraak.js`, { 'accept-encoding': encoding });
      assert.ok(first.headers.etag, encoding);
      const again = await getRaw(`${server.origin}/cdn/inspraak.js`, { 'accept-encoding': encoding, 'if-none-match': first.headers.etag! });
      assert.equal(again.status, 304, encoding);
      assert.equal(again.body.length, 0);
    }
  });

  it('serves the versioned loader, immutable, whose SHA-384 is the integrity value the build wrote', async () => {
    const { version, loader, integrity } = release();
    assert.equal(version, JSON.parse(readFileSync(path.join(root, 'packages/widgets/package.json'), 'utf8')).version);
    assert.equal(loader, `${version}/inspraak.js`);
    const served = await getRaw(`${server.origin}/cdn/${loader}`, { 'accept-encoding': 'br' });
    assert.equal(served.status, 200);
    assert.equal(served.headers['cache-control'], year);
    // The browser checks the decoded body; the encoding on the wire does not matter.
    const bytes = brotliDecompressSync(served.body);
    assert.equal(`sha384-${createHash('sha384').update(bytes).digest('base64')}`, integrity);
    assert.ok(bytes.equals((await getRaw(`${server.origin}/cdn/inspraak.js`)).body), 'the same loader as /cdn/inspraak.js');
  });

  // The page on one origin (localhost), the server's files on another (127.0.0.1): CORS as a city has it.
  const pinnedPage = (name: string, integrity: string) => {
    const cdn = `${server.origin}/cdn/${release().loader}`;
    writeFileSync(
      path.join(pages, name),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="${cdn}" integrity="${integrity}" crossorigin="anonymous" data-site-key="${server.siteKey}"></script></head>
<body><h1>Gemeente Voorbeeld</h1><inspraak-poll poll="cdn_poll"></inspraak-poll></body></html>`,
    );
    return `${server.origin.replace('127.0.0.1', 'localhost')}/${name}`;
  };

  it('runs a poll from a page that pins the versioned loader with integrity, cross-origin', async () => {
    const { tab, requests, errors } = await open(pinnedPage('pinned.html', release().integrity));
    await tab.waitForFunction(() => document.querySelector('inspraak-poll')?.shadowRoot?.querySelector('fieldset'), { timeout: 10_000 });
    const version = release().version;
    const chunks = requests.filter((request) => request.url.includes('/cdn/') && !request.url.endsWith('/inspraak.js'));
    assert.ok(chunks.length > 0 && chunks.every((request) => request.url.startsWith(`/cdn/${version}/`)), 'its chunks load from the versioned folder');
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it('a loader that does not match its integrity value is not run', async () => {
    const wrong = `sha384-${createHash('sha384').update('something else').digest('base64')}`;
    const { tab, requests, errors } = await open(pinnedPage('tampered.html', wrong));
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(await tab.evaluate(() => customElements.get('inspraak-poll') === undefined), true);
    assert.ok(!requests.some((request) => /\/cdn\/.*-[0-9a-f]{8}\.js$/.test(request.url)), 'no chunk was asked for');
    assert.ok(errors.some((error) => /integrity/i.test(error)), errors.join('\n'));
    await tab.close();
  });
});
