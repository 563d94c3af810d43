// End to end, as a resident meets it: the `npm start` server (its own process, the built CDN, the
// embedded SQLite database in a temporary folder) serves the demo city page; headless Chromium
// opens it, votes with the keyboard-free pointer path, reads the result, reloads, and finds the
// vote remembered. The page's strict Content-Security-Policy must see no violation.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { browserHelp, chromiumArgs, findBrowser } from '../../scripts/find-browser.mjs';
import { startServerProcess, type ServerProcess } from '../../scripts/server-process.ts';

let server: ServerProcess;
let browser: Browser;

/** A tab that records console errors, page errors, failed requests and CSP violations. */
async function openDemoPage() {
  const tab = await browser.newPage();
  const problems: string[] = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${error}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  tab.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  await tab.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await tab.goto(`${server.origin}/`, { waitUntil: 'load' });
  return { tab, problems };
}

/** The visible text of the first widget inside `section` (its shadow root), whitespace collapsed. */
const widgetText = (tab: Page, pollId: string) =>
  tab.evaluate((pollId) => {
    const root = document.querySelector(`inspraak-poll[poll="${pollId}"]`)?.shadowRoot;
    return root?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }, pollId);

const waitForText = (tab: Page, pollId: string, text: string) =>
  tab.waitForFunction(
    (pollId, text) => document.querySelector(`inspraak-poll[poll="${pollId}"]`)?.shadowRoot?.textContent?.includes(text),
    { timeout: 10_000 },
    pollId,
    text,
  );

before(async () => {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(browserHelp);
  // The CDN build comes from `npm run build`, which `npm test` runs before this step.
  server = await startServerProcess();
  browser = await puppeteer.launch({ executablePath, args: chromiumArgs, headless: true });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the demo city page', () => {
  it('prints the demo page address and the demo keys on start', () => {
    const output = server.output();
    assert.match(output, new RegExp(server.origin.replace(/[.]/g, '\\.')));
    assert.match(output, /pk_demo_voorbeeld/);
    assert.match(output, /sk_demo_voorbeeld/);
  });

  it('lets a resident vote, shows the result, and remembers the vote after a reload', async () => {
    const { tab, problems } = await openDemoPage();
    const choice = 'Een overdekte fietsenstalling';

    // The poll renders in the article, in Dutch, as a group of radio buttons named by the question.
    const radio = await tab.waitForSelector(`::-p-aria([name="${choice}"][role="radio"])`, { timeout: 10_000 });
    await tab.waitForSelector('::-p-aria([name="Wat moet er komen op het lege plein bij het station?"][role="group"])');
    await radio!.click();
    await (await tab.waitForSelector('::-p-aria([name="Verstuur mijn stem"][role="button"])'))!.click();

    await waitForText(tab, 'poll_demo', 'Bedankt! Uw stem is geteld.');
    const afterVote = await widgetText(tab, 'poll_demo');
    assert.match(afterVote, new RegExp(`${choice}.*1 stem.*100`), afterVote);
    assert.match(afterVote, /1 persoon heeft gestemd/);

    await tab.reload({ waitUntil: 'load' });
    await waitForText(tab, 'poll_demo', 'U heeft al gestemd.');
    const afterReload = await widgetText(tab, 'poll_demo');
    assert.match(afterReload, new RegExp(`U koos: ${choice}`), afterReload);
    assert.ok(await tab.$('::-p-aria([name="Wijzig mijn stem"][role="button"])'), 'the resident can change the vote');

    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('speaks English in the page section marked lang="en"', async () => {
    const { tab, problems } = await openDemoPage();
    await tab.waitForSelector('::-p-aria([name="More trees"][role="checkbox"])', { timeout: 10_000 });
    const text = await widgetText(tab, 'poll_demo_multi');
    assert.match(text, /Choose up to 2/i, text);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('counts a vote from the page once, as the API reports it', async () => {
    const response = await fetch(`${server.origin}/v1/polls/poll_demo/results`, {
      headers: { 'inspraak-site-key': 'pk_demo_voorbeeld' },
    });
    const results = await response.json();
    // `after-vote` results are hidden from a caller who has not voted: the page's vote is counted,
    // the server hides it from this anonymous reader.
    assert.equal(response.status, 200);
    assert.equal(results.visible, false);
    assert.equal(results.version, 1);
  });
});
