// End to end, as a resident meets it: the `npm start` server (its own process, the built CDN, the
// embedded SQLite database in a temporary folder) serves the demo city page; headless Chromium
// opens it, votes with the keyboard-free pointer path, reads the result, reloads, and finds the
// vote remembered. The page's strict Content-Security-Policy must see no violation.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { browserHelp, chromiumArgs, findBrowser } from '../../scripts/find-browser.mjs';
import { startServerProcess, type ServerProcess } from '../../scripts/server-process.ts';
import { createClient } from '@inspraak/sdk';

let server: ServerProcess;
let browser: Browser;

/**
 * A tab that records console errors, page errors, failed requests and CSP violations. Requests to
 * other hosts (the feedback map's tiles and geocoder) are blocked and listed in `blocked`: a test
 * never reaches the internet, and the page must work without them.
 */
async function openDemoPage() {
  const tab = await browser.newPage();
  const problems: string[] = [];
  const blocked: string[] = [];
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    if (request.url().startsWith(server.origin) || request.url().startsWith('data:')) return void request.continue();
    blocked.push(request.url());
    void request.abort('blockedbyclient');
  });
  tab.on('pageerror', (error) => problems.push(`page error: ${error}`));
  tab.on('console', (message) => {
    // The browser's own note on a blocked request is not a problem of the page.
    if (message.type() === 'error' && !blocked.includes(message.location().url ?? '')) problems.push(`console: ${message.text()}`);
  });
  tab.on('requestfailed', (request) => {
    if (blocked.includes(request.url())) return;
    // A reload ends the page's open live-results stream: the browser reports that as an aborted
    // request whenever the stream was still open, which is what a live stream is.
    const stream = new URL(request.url()).pathname.endsWith('/results/stream');
    if (stream && request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  await tab.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await tab.goto(`${server.origin}/`, { waitUntil: 'load' });
  return { tab, problems, blocked };
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
  it('takes an idea from the page into the moderation queue, and onto the board once approved; supports count', async () => {
    // The city moderates the demo board before publishing (its seed publishes at once), through the
    // admin API from Node: an admin token is refused from a browser.
    const admin = createClient({ baseUrl: `${server.origin}/v1`, adminToken: 'sk_demo_voorbeeld' });
    await admin.admin.boards.update('board_demo', { moderation: 'pre' });
    const { tab, problems } = await openDemoPage();
    const inForm = (selector: string) => `inspraak-idea-form >>> ${selector}`;
    const inBoard = (selector: string) => `inspraak-idea-board >>> ${selector}`;
    const boardText = () => tab.evaluate(() => document.querySelector('inspraak-idea-board')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');

    // Both widgets render in the page's Dutch; the board shows the seeded ideas. (Polling, not
    // waitForSelector: that re-checks on mutations of the document, and a widget renders in its shadow root.)
    await tab.waitForFunction(() => document.querySelector('inspraak-idea-form')?.shadowRoot?.querySelector('#title'), {
      timeout: 10_000,
      polling: 100,
    });
    await tab.waitForFunction(() => document.querySelector('inspraak-idea-board')?.shadowRoot?.textContent?.includes('Meer bomen op het Stationsplein'), {
      timeout: 10_000,
      polling: 100,
    });
    const title = 'Een drinkfontein bij de ingang van het station';
    await tab.click(inForm('#title'));
    await tab.keyboard.type(title);
    await tab.keyboard.press('Tab');
    await tab.keyboard.type('Dan kan iedereen gratis water drinken.');
    await tab.select(inForm('#category'), 'cat_anders');
    await tab.click(inForm('[part~=submit-button]'));
    await tab.waitForFunction(
      () => document.querySelector('inspraak-idea-form')?.shadowRoot?.activeElement?.id === 'confirmation',
      { timeout: 10_000 },
    );
    const confirmation = await tab.$eval(inForm('[part~=status]'), (node) => node.textContent!.replace(/\s+/g, ' ').trim());
    assert.match(confirmation, /Een medewerker van de gemeente leest uw idee eerst/);
    // The receipt is a link to the server's receipt page, which the author can read.
    const receipt = await tab.$eval(inForm('#receipt'), (link) => (link as HTMLAnchorElement).href);
    assert.match(receipt, new RegExp(`^${server.origin}/receipts/idea\\?receipt=irc_`));

    // In the moderation queue, not on the board.
    const queue = await admin.admin.ideas.queue({ boardId: 'board_demo' });
    const waiting = queue.items.find((item) => JSON.stringify(item).includes(title));
    assert.ok(waiting, `the idea is in the moderation queue: ${JSON.stringify(queue.items)}`);
    const ideaId = JSON.stringify(waiting).match(/"(idea_[\w-]+)"/)![1]!;
    assert.ok(!(await boardText()).includes(title), 'not on the board before review');
    const receiptPage = await fetch(receipt, { headers: { 'accept-language': 'nl' } }).then((response) => response.text());
    assert.match(receiptPage, /De gemeente leest uw idee eerst\. Daarna staat het op de website\./, 'the receipt page says the idea waits for review');

    // Approved: on the board after a reload; a resident supports it and sees the count change.
    await admin.admin.ideas.approve(ideaId);
    await tab.reload({ waitUntil: 'load' });
    await tab.waitForFunction(
      (title) => document.querySelector('inspraak-idea-board')?.shadowRoot?.textContent?.includes(title),
      { timeout: 10_000 },
      title,
    );
    const card = inBoard(`article[aria-labelledby="idea-${ideaId}"]`);
    assert.equal(await tab.$eval(`${card} [part~=progress]`, (node) => node.textContent!.trim()), '0 van 100 steunbetuigingen');
    await tab.click(`${card} [part~=support-button]`);
    await tab.waitForFunction(
      (ideaId) =>
        document
          .querySelector('inspraak-idea-board')
          ?.shadowRoot?.querySelector(`article[aria-labelledby="idea-${ideaId}"] [part~=support-button]`)
          ?.getAttribute('aria-pressed') === 'true',
      { timeout: 10_000 },
      ideaId,
    );
    assert.equal(await tab.$eval(`${card} [part~=progress]`, (node) => node.textContent!.trim()), '1 van 100 steunbetuigingen');
    const published = await fetch(`${server.origin}/v1/ideas/${ideaId}`, { headers: { 'inspraak-site-key': 'pk_demo_voorbeeld' } }).then((response) =>
      response.json(),
    );
    assert.equal(published.supportCount, 1, 'the API counts the support once');

    assert.deepEqual(problems, []);
    await tab.close();
  });
});

describe('the demo page’s feedback map, with its tiles and geocoder out of reach', () => {
  it('lets a resident report by location and the list when the map cannot load; the city finds the report', async () => {
    // In this sandbox (and for a resident behind a strict network) the tile server and PDOK are out
    // of reach: openDemoPage blocks every other host. The widget must say so and still work.
    await browser.defaultBrowserContext().overridePermissions(server.origin, ['geolocation']);
    const { tab, problems, blocked } = await openDemoPage();
    await tab.setGeolocation({ latitude: 52.0912, longitude: 5.1195, accuracy: 10 });
    const inMap = (selector: string) => `inspraak-feedback-map >>> ${selector}`;
    const waitForMapText = (text: string) =>
      tab.waitForFunction((text) => document.querySelector('inspraak-feedback-map')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').includes(text), { timeout: 20_000 }, text);

    // The section comes into view: Leaflet loads, no tile arrives, the widget says what still works.
    await tab.waitForFunction(() => document.querySelector('inspraak-feedback-map')?.shadowRoot?.querySelector('#address'), { timeout: 20_000, polling: 100 });
    await tab.$eval('inspraak-feedback-map', (element) => element.scrollIntoView());
    await waitForMapText('De kaart kan nu niet laden. U kunt toch melden');
    assert.ok(blocked.some((url) => url.startsWith('https://tile.openstreetmap.org/')), 'the map asked for its tiles');

    // The address search cannot reach PDOK either, and says so.
    await tab.click(inMap('#address'));
    await tab.keyboard.type('Stationsplein 1');
    await waitForMapText('Adres zoeken lukt nu niet.');
    assert.ok(blocked.some((url) => url.startsWith('https://api.pdok.nl/')), 'the address search asked PDOK');

    // "Use my location" works offline; the list shows the reports around the place, with "me too".
    await tab.click(inMap('[part~=location-button]'));
    await waitForMapText('Gekozen plek: 52,09120 noorderbreedte, 5,11950 oosterlengte');
    await waitForMapText('Volle vuilniszakken naast de container.');
    assert.ok(await tab.$(inMap('[part~=list] [part~=support-button]')), 'the list offers "me too"');

    // Litter: the nearby litter report is offered as "already reported?"; the resident reports anyway.
    await tab.click(inMap('input[name=category][value=zwerfafval]'));
    await waitForMapText('Is dit al gemeld?');
    const description = 'Fietswrakken tegen het hek bij de ingang.';
    await tab.click(inMap('#description'));
    await tab.keyboard.type(description);
    await tab.click(inMap('[part~=submit-button]'));
    await tab.waitForFunction(() => document.querySelector('inspraak-feedback-map')?.shadowRoot?.activeElement?.id === 'confirmation', { timeout: 20_000 });
    const link = await tab.$eval(inMap('#receipt'), (input) => (input as HTMLInputElement).value);
    assert.match(link, new RegExp(`^${server.origin}/#inspraak-report=rr_`));

    // The city sees it in the admin API's list of the map's reports.
    const admin = createClient({ baseUrl: `${server.origin}/v1`, adminToken: 'sk_demo_voorbeeld' });
    const reports = await admin.admin.reports.list('map_demo', { category: 'zwerfafval' });
    const stored = reports.items.find((report) => report.properties.description === description);
    assert.ok(stored, 'the report is in the admin list');
    assert.equal(stored.properties.lat, 52.0912);
    assert.equal(stored.properties.long, 5.1195);
    assert.equal(stored.properties.status, 'open');

    // The receipt link shows the report's status later.
    await tab.goto('about:blank');
    await tab.goto(link, { waitUntil: 'load' });
    await waitForMapText('Status: gemeld');
    await waitForMapText(description);

    assert.deepEqual(problems, []);
    await tab.close();
  });
});
