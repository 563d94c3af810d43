// End to end for the framework examples (React, Vue): the app built by Vite (its own config, into a
// temp folder), served by the real server from the same origin as the API (`staticRoots.demo`), in
// headless Chromium. The framework passes the widgets properties (`client`, `texts`) and shows what
// their events (`inspraak-voted`, `inspraak-submitted`) carried, in sentences that name it.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { build } from 'vite';
import { startTestServer, type TestServer } from '@inspraak/server/testing';
import { browserHelp, chromiumArgs, findBrowser } from '../scripts/find-browser.mjs';

/**
 * The end-to-end tests of one framework example: `name` is how the app names its framework in its
 * labels and sentences ("Vote from React"), `example` the example's folder (with its vite.config.ts),
 * `idea` what the test types into the idea form.
 */
export function testFrameworkExample(name: string, example: string, idea: { title: string; description: string }): void {
  let outDir: string;
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    const executablePath = findBrowser();
    if (!executablePath) throw new Error(browserHelp);
    outDir = await mkdtemp(path.join(tmpdir(), `inspraak-${name.toLowerCase()}-example-`));
    await build({ configFile: path.join(example, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
    server = await startTestServer({ staticRoots: { demo: outDir } });
    browser = await puppeteer.launch({ executablePath, args: chromiumArgs, headless: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  /** The app in a new tab, with every page error, console error and failed response recorded. */
  async function openApp() {
    const tab = await browser.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(`page error: ${error}`));
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    tab.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
    });
    await tab.goto(`${server.origin}/`, { waitUntil: 'load' });
    return { tab, problems };
  }

  const stateText = (tab: Page, id: string) => tab.$eval(`[data-testid=${id}]`, (node) => node.textContent!.trim());
  const waitForState = (tab: Page, id: string, text: string) =>
    tab.waitForFunction((id, text) => document.querySelector(`[data-testid=${id}]`)?.textContent?.includes(text), { timeout: 10_000 }, id, text);

  describe(`the ${name} example`, () => {
    it('passes the poll a client and texts as properties, and shows what inspraak-voted carried', async () => {
      const { tab, problems } = await openApp();
      const choice = 'Een overdekte fietsenstalling';
      assert.equal(await stateText(tab, 'vote-state'), `${name} has not heard a vote yet.`);

      // The widget found its API through the `client` property (no attributes, no loader on this page) …
      const radio = await tab.waitForSelector(`::-p-aria([name="${choice}"][role="radio"])`, { timeout: 10_000 });
      await radio!.click();
      // … and its submit button says what the `texts` property says (the built-in one is "Send my vote").
      const submit = await tab.waitForSelector(`::-p-aria([name="Vote from ${name}"][role="button"])`, { timeout: 5_000 });
      await submit!.click();

      await waitForState(tab, 'vote-state', 'you voted for');
      assert.equal(await stateText(tab, 'vote-state'), `${name} heard inspraak-voted: you voted for ${choice} (1 ballot so far).`);
      assert.deepEqual(problems, []);
      if (process.env.INSPRAAK_SCREENSHOTS) await tab.screenshot({ path: path.join(process.env.INSPRAAK_SCREENSHOTS, `${name.toLowerCase()}-example-voted.png`), fullPage: true });
      await tab.close();
    });

    it('passes the idea form its texts, and shows what inspraak-submitted carried', async () => {
      const { tab, problems } = await openApp();
      const inForm = (selector: string) => `inspraak-idea-form >>> ${selector}`;
      await tab.waitForFunction(() => document.querySelector('inspraak-idea-form')?.shadowRoot?.querySelector('#title'), { timeout: 10_000, polling: 100 });
      assert.equal(await tab.$eval(inForm('[part~=submit-button]'), (button) => button.textContent!.trim()), `Send my idea from ${name}`);

      const { title, description } = idea;
      await tab.click(inForm('#title'));
      await tab.keyboard.type(title);
      await tab.keyboard.press('Tab');
      await tab.keyboard.type(description);
      await tab.select(inForm('#category'), 'cat_anders');
      await tab.click(inForm('[part~=submit-button]'));

      await waitForState(tab, 'idea-state', `${name} heard inspraak-submitted`);
      assert.match(await stateText(tab, 'idea-state'), new RegExp(`^${name} heard inspraak-submitted: “${title}” arrived as idea_[\\w-]+\\.$`));
      assert.deepEqual(problems, []);
      if (process.env.INSPRAAK_SCREENSHOTS) await tab.screenshot({ path: path.join(process.env.INSPRAAK_SCREENSHOTS, `${name.toLowerCase()}-example.png`), fullPage: true });
      await tab.close();
    });
  });
}
