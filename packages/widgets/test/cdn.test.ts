// The CDN build as a city's page gets it: the real server serves `/cdn/*` and test pages, a real
// Chromium loads them. Builds packages/widgets/dist/cdn first, then checks the byte budget, that a
// page without widgets asks for nothing more, that a poll's code and data load in parallel, that a
// widget added later appears, and that a vote works under a strict Content-Security-Policy.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { createClient } from '@inspraak/sdk';
import { budgets, measure } from '../../../scripts/check-size.mjs';
import { startTestServer, type TestServer } from '../../server/src/testing.ts';
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
  it('stays within the byte budget (min+gzip)', () => {
    const { loader, pollPage, files } = measure();
    const figures = Object.entries(files).map(([file, size]) => `${file} ${size.gzip} B`).join(', ');
    assert.ok(loader <= budgets.loader, `loader ${loader} B > ${budgets.loader} B`);
    assert.ok(pollPage <= budgets.pollPage, `poll page ${pollPage} B > ${budgets.pollPage} B (${figures})`);
  });

  it('keeps a page with only an idea form within its budget, and carries no poll code there', () => {
    const { ideaFormPage, ideaFormFiles, ideaBoardFiles, files } = measure();
    assert.ok(ideaFormPage <= budgets.ideaFormPage, `idea form page ${ideaFormPage} B > ${budgets.ideaFormPage} B`);
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
    assert.deepEqual(scripts.sort(), ['/cdn/inspraak.js', ...Object.keys(measure().files).filter((file) => file !== 'inspraak.js').map((file) => `/cdn/${file}`)].sort());

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
