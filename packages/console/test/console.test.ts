// The staff console as city staff use it, end to end: the real server (its build at /admin/), a
// real OpenID Connect provider (oidc-provider) and Chromium. An editor signs in at the provider,
// creates a poll by keyboard, copies its tag snippet into a CMS-like page where a resident votes,
// sees the count within 2 s, closes the poll and downloads the CSV; a moderator (one-time link)
// hides an idea with a reason; the audit log holds both, and an admin reads both on the audit screen
// and downloads it as CSV (a moderator can do neither); every screen passes axe with no CSP error.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { createClient } from '@inspraak/sdk';
import { describeViolations, runAxe } from '../../../scripts/axe-page.ts';
import { addStaffMember, createSignInLink } from '../../server/src/services/staff-service.ts';
import { startTestServer, type TestServer } from '../../server/src/testing.ts';
import { startTestProvider, type TestProvider } from '../../server/test/support/oidc-provider.ts';
import { launchChromium } from '../../widgets/test/browser-page.ts';
import { buildBundleInto } from '../../widgets/test/cdn-build.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const outputDir = process.env.INSPRAAK_TEST_OUTPUT ?? path.join(root, '.test-output');

// A QR decoder, run in the page (as axe is) to read the publish panel's code as a phone would.
const jsQrSource = readFileSync(createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js'), 'utf8');

const editor = 'redacteur@voorbeeld.example';
const moderator = 'moderator@voorbeeld.example';

let provider: TestProvider;
let server: TestServer;
let browser: Browser;
let pages: string;
let downloads: string;
/** The console's and the CDN's builds, made by this test (another step may rebuild the repository's meanwhile). */
let consoleDir: string;
let cdnDir: string;

before(async () => {
  pages = mkdtempSync(path.join(tmpdir(), 'inspraak-console-pages-'));
  downloads = mkdtempSync(path.join(tmpdir(), 'inspraak-console-downloads-'));
  consoleDir = mkdtempSync(path.join(tmpdir(), 'inspraak-console-build-'));
  cdnDir = mkdtempSync(path.join(tmpdir(), 'inspraak-console-cdn-'));
  await Promise.all([buildBundleInto('console', consoleDir), buildBundleInto('inspraak', cdnDir)]);
  provider = await startTestProvider({ editor: { email: editor, email_verified: true } });
  server = await startTestServer({
    env: provider.env,
    staticRoots: { cdn: cdnDir, console: consoleDir, demo: pages },
  });
  provider.registerClient(`${server.origin}/admin/auth/callback`);
  const ctx = { db: server.app.inspraak.db, now: () => new Date() };
  await addStaffMember(ctx, 'site_demo', editor, 'editor');
  await addStaffMember(ctx, 'site_demo', moderator, 'moderator');
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await provider?.close();
  for (const dir of [pages, downloads, consoleDir, cdnDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

interface ConsoleTab {
  tab: Page;
  /** Page errors, and every message about the Content-Security-Policy. */
  problems: string[];
}

/** A tab of its own (cookies and storage apart), in `language`, recording errors and CSP reports on the server's pages. */
async function newTab(context: BrowserContext, language = 'nl-NL,nl'): Promise<ConsoleTab> {
  const tab = await context.newPage();
  const problems: string[] = [];
  tab.on('pageerror', (error) => problems.push(String(error)));
  tab.on('console', (message) => {
    // The provider's own pages are not ours; the signed-out session check answers 401 by design.
    const url = message.location().url ?? '';
    if (!url.startsWith(server.origin) || url.endsWith('/v1/staff/session')) return;
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(`${message.text()} (${url})`);
  });
  await tab.setExtraHTTPHeaders({ 'accept-language': language });
  await tab.setViewport({ width: 1100, height: 900 });
  return { tab, problems };
}

/**
 * Waits for `selector` inside the console's shadow roots. Not `waitForSelector`: it watches the
 * document's mutations, which do not include those inside shadow roots.
 */
async function waitForShadow(tab: Page, selector: string, timeout = 10_000): Promise<void> {
  for (const started = Date.now(); !(await tab.$(`pierce/${selector}`)); ) {
    if (Date.now() - started > timeout) throw new Error(`${selector} did not appear within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The console's text of one screen, whitespace collapsed (`pierce/` selectors cross shadow roots). */
const textOf = async (tab: Page, selector: string) =>
  ((await tab.$eval(`pierce/${selector}`, (element) => element.textContent ?? '')) as string).replace(/\s+/g, ' ').trim();

/** axe (WCAG 2.2 A/AA, shadow roots included) on the page as it is now. */
async function assertAccessible(tab: Page, label: string): Promise<void> {
  assert.deepEqual(describeViolations((await runAxe(tab)).violations), [], label);
}

/** The element with focus, through the shadow roots: its tag and text. */
const focused = (tab: Page) =>
  tab.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return `${element?.tagName.toLowerCase()}: ${element?.textContent?.replace(/\s+/g, ' ').trim()}`;
  });

describe('the staff console', () => {
  it('serves its page at /admin/ (strict CSP, never framed by others, not cached) and its build under 100 KB gzip', async () => {
    const response = await fetch(`${server.origin}/admin/`, { headers: { 'accept-language': 'en' } });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self';.*frame-src 'self'; frame-ancestors 'self'$/);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.match(await response.text(), /<html lang="en">[\s\S]*<script type="module" src="\/admin\/assets\/console.js">/);
    const redirect = await fetch(`${server.origin}/admin`, { redirect: 'manual' });
    assert.equal(redirect.headers.get('location'), '/admin/');
    const script = await fetch(`${server.origin}/admin/assets/console.js`);
    assert.equal(script.status, 200);
    assert.equal(script.headers.get('cache-control'), 'no-cache');
    // What the first screen downloads: the entry and the chunks it imports statically.
    const entry = readFileSync(path.join(consoleDir, 'console.js'));
    const gzip = gzipSync(entry, { level: 9 }).length;
    assert.ok(gzip < 100 * 1024, `console.js is ${gzip} B gzip`);
    assert.doesNotMatch(entry.toString(), /^import\s.*from\s*["']\.\//m, 'the first screen needs no other file');
  });

  it('lets an editor sign in at the city’s provider, create a poll by keyboard, publish it (snippets, a QR code that decodes to its link), follow a vote live, close it and download the CSV', async () => {
    const context = await browser.createBrowserContext();
    const { tab, problems } = await newTab(context, 'en-GB,en');
    // Signed out: the console says so and links to the sign-in.
    await tab.goto(`${server.origin}/admin/`, { waitUntil: 'load' });
    await waitForShadow(tab, 'a[href="/admin/auth/login"]');
    assert.equal(await textOf(tab, 'h1'), 'You are not signed in');
    await assertAccessible(tab, 'signed out');

    // Through the provider's own login and consent screens, back to the console.
    await (await tab.$('pierce/a[href="/admin/auth/login"]'))!.click();
    await tab.waitForSelector('input[name=login]');
    await tab.type('input[name=login]', 'editor');
    await tab.type('input[name=password]', 'any password');
    await Promise.all([tab.waitForNavigation(), tab.click('button[type=submit]')]);
    if (new URL(tab.url()).origin === provider.issuer) await Promise.all([tab.waitForNavigation(), tab.click('button[type=submit]')]);
    // Every role starts at the overview: its charts (uPlot's chunk) drawn under the strict CSP.
    await waitForShadow(tab, '.chart canvas');
    assert.equal(new URL(tab.url()).pathname, '/admin/');
    assert.equal(await textOf(tab, 'h1'), 'Overview');
    assert.match(await textOf(tab, 'header'), /Signed in as redacteur@voorbeeld\.example · editor/);
    await assertAccessible(tab, 'overview');
    await tab.focus('pierce/nav a[href="#/polls"]');
    await tab.keyboard.press('Enter');
    await waitForShadow(tab, '#question');
    await assertAccessible(tab, 'polls');

    // The form says what is missing, linked to the field, before anything is sent.
    await tab.focus('pierce/button[type=submit]');
    await tab.keyboard.press('Enter');
    await waitForShadow(tab, '.error-summary');
    assert.match(await textOf(tab, '.error-summary'), /Enter a question\..*Enter 2 to 20 answers/);
    await assertAccessible(tab, 'polls with errors');

    // Keyboard only: the question, Tab, the answers (one per line), Tab twice, Enter.
    await tab.focus('pierce/#question');
    await tab.keyboard.type('Wat komt er op het plein?');
    await tab.keyboard.press('Tab');
    await tab.keyboard.type('Bomen');
    await tab.keyboard.press('Enter');
    await tab.keyboard.type('Bankjes');
    await tab.keyboard.press('Tab');
    await tab.keyboard.press('Tab');
    assert.equal(await focused(tab), 'button: Create poll');
    await tab.keyboard.press('Enter');
    await waitForShadow(tab, '#results-heading');
    const pollId = decodeURIComponent(new URL(tab.url()).hash.replace('#/polls/', ''));
    assert.match(pollId, /^poll_/);
    assert.equal(await textOf(tab, 'h1'), 'Wat komt er op het plein?');
    assert.equal(await textOf(tab, '.total'), '0 votes');
    assert.match(await textOf(tab, '[role=status]'), /Poll "Wat komt er op het plein\?" is created and open\./);
    await assertAccessible(tab, 'poll');

    // The tag snippet, copied from the console into a CMS-like page.
    const snippet = await tab.$eval('pierce/#tag-code', (element) => element.textContent ?? '');
    assert.ok(snippet.includes(`<inspraak-poll poll="${pollId}"></inspraak-poll>`) && snippet.includes('data-site-key="pk_demo_voorbeeld"'), snippet);
    writeFileSync(path.join(pages, 'cms.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Plein</title></head><body><h1>Het plein</h1>${snippet}</body></html>`);

    // The poster's QR code leads to the hosted page.
    await waitForShadow(tab, 'img.qr');
    assert.equal(await tab.$eval('pierce/img.qr', (image) => image.getAttribute('alt')), `QR code to ${server.origin}/embed/poll/${pollId}`);
    await tab.evaluate(jsQrSource); // its UMD wrapper sets globalThis.jsQR
    const decoded = await tab.$eval('pierce/img.qr', async (image) => {
      const canvas = new OffscreenCanvas(400, 400);
      const context = canvas.getContext('2d')!;
      // White under the code, as on paper (transparent pixels read as black).
      context.fillStyle = '#fff';
      context.fillRect(0, 0, 400, 400);
      context.drawImage(image as HTMLImageElement, 0, 0, 400, 400);
      const pixels = context.getImageData(0, 0, 400, 400);
      return (globalThis as unknown as { jsQR(data: Uint8ClampedArray, width: number, height: number): { data: string } | null }).jsQR(pixels.data, 400, 400)?.data;
    });
    assert.equal(decoded, `${server.origin}/embed/poll/${pollId}`);

    // The live preview frames the hosted page with the real widget (Dutch until asked otherwise), sized
    // to the page's own height; a click where a resident would vote casts nothing: the preview is inert.
    await waitForShadow(tab, 'iframe');
    const previewFrame = (await (await tab.$('pierce/iframe'))!.contentFrame())!;
    await previewFrame.waitForFunction(() => document.querySelector('inspraak-poll')?.shadowRoot?.querySelector('input'), { timeout: 10_000 });
    assert.equal(await previewFrame.evaluate(() => document.documentElement.lang), 'nl');
    await tab.waitForFunction(() => document.querySelector('inspraak-console')?.shadowRoot?.querySelector('inspraak-console-poll')?.shadowRoot
      ?.querySelector('inspraak-console-publish')?.shadowRoot?.querySelector('inspraak-console-preview')?.shadowRoot?.querySelector('iframe')?.getAttribute('height') !== '480');
    await tab.$eval('pierce/iframe', (frame) => frame.scrollIntoView({ block: 'start' }));
    for (const part of ['input', '[part~=submit-button]']) {
      const target = await previewFrame.evaluateHandle((selector) => document.querySelector('inspraak-poll')!.shadowRoot!.querySelector(selector)!, part);
      const box = (await target.asElement()!.boundingBox())!;
      await tab.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    }
    assert.equal(await previewFrame.evaluate(() => document.querySelector('inspraak-poll')!.shadowRoot!.querySelector('input')!.checked), false);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal((await createClient({ baseUrl: server.baseUrl, adminToken: server.adminToken }).admin.polls.results(pollId)).version, 0, "no ballot from the preview");

    // For people to look at (.test-output): the panel with its preview at 320 px, light and dark.
    const previewShows = async (scheme: string) => {
      const frame = (await (await tab.$('pierce/iframe'))!.contentFrame())!;
      await frame.waitForFunction((expected) => document.documentElement.dataset.theme === expected && document.querySelector('inspraak-poll')?.shadowRoot?.querySelector('input'), { timeout: 10_000 }, scheme);
    };
    await (await tab.$('pierce/#preview-width-narrow'))!.click();
    await previewShows('light');
    await (await tab.$('pierce/inspraak-console-publish'))!.screenshot({ path: path.join(outputDir, 'console-preview-light-320.png') });
    await (await tab.$('pierce/#preview-scheme-dark'))!.click();
    await previewShows('dark');
    await (await tab.$('pierce/inspraak-console-publish'))!.screenshot({ path: path.join(outputDir, 'console-preview-dark-320.png') });
    await assertAccessible(tab, 'poll with a dark preview at 320 px');

    // A resident votes there (a browser of their own).
    const residentContext = await browser.createBrowserContext();
    const resident = await residentContext.newPage();
    await resident.goto(`${server.origin}/cms.html`, { waitUntil: 'load' });
    await resident.waitForFunction(() => document.querySelector('inspraak-poll')?.shadowRoot?.querySelector('input'), { timeout: 10_000 });
    const votedAt = Date.now();
    await resident.evaluate(() => {
      const shadow = document.querySelector('inspraak-poll')!.shadowRoot!;
      shadow.querySelector<HTMLInputElement>('input')!.click();
      shadow.querySelector<HTMLButtonElement>('[part~=submit-button]')!.click();
    });
    await resident.waitForFunction(() => document.querySelector('inspraak-poll')?.shadowRoot?.activeElement?.id === 'confirmation', { timeout: 10_000 });
    await residentContext.close();
    // The console shows it within 2 s of the vote being counted.
    await tab.waitForFunction(
      () => {
        const poll = document.querySelector('inspraak-console')?.shadowRoot?.querySelector('inspraak-console-poll')?.shadowRoot;
        return poll?.querySelector('.total')?.textContent?.trim() === '1 vote';
      },
      { timeout: 2000 + (Date.now() - votedAt) },
    );

    // Closing says what it means first; Cancel keeps it open.
    await (await tab.$('pierce/button.opener'))!.click();
    await waitForShadow(tab, '#confirm-question');
    assert.match(await textOf(tab, '#confirm-question'), /nobody can vote any more/);
    assert.match(await focused(tab), /^div: Once closed/, 'the question takes focus');
    await assertAccessible(tab, 'closing');
    await tab.keyboard.press('Tab');
    assert.equal(await focused(tab), 'button: Yes, close it');
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => {
      const poll = document.querySelector('inspraak-console')?.shadowRoot?.querySelector('inspraak-console-poll')?.shadowRoot;
      return poll?.querySelector('.badge')?.textContent === 'closed';
    });
    const admin = createClient({ baseUrl: server.baseUrl, adminToken: server.adminToken });
    assert.equal((await admin.admin.polls.list()).items.find((poll) => poll.id === pollId)?.status, 'closed');

    // The CSV lands in the downloads folder, with its byte-order mark.
    const session = await browser.target().createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, browserContextId: context.id });
    await (await tab.$('pierce/.actions button'))!.click();
    const file = path.join(downloads, `${pollId}-results.csv`);
    for (let waited = 0; !readdirSync(downloads).includes(`${pollId}-results.csv`) && waited < 5000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    const csv = readFileSync(file);
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.match(csv.toString('utf8'), /option_id,option,ballots,percentage\r\n.*,Bomen,1,100\.0\r\n.*,Bankjes,0,0\.0\r\ntotal,,1,/);

    await tab.screenshot({ path: path.join(outputDir, 'console-poll.png'), fullPage: true });

    // Deleting says how many ballots go and offers the CSV first; then the list, saying what happened.
    await (await tab.$('pierce/button.opener'))!.click();
    await waitForShadow(tab, '#confirm-question');
    assert.match(await textOf(tab, '#confirm-question'), /^This deletes the poll with 1 vote\. .* You cannot undo this\./);
    await assertAccessible(tab, 'deleting');
    await tab.keyboard.press('Tab');
    assert.equal(await focused(tab), 'button: Download results (CSV)');
    await tab.keyboard.press('Tab');
    assert.equal(await focused(tab), 'button: Yes, delete the poll');
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => location.hash === '#/polls');
    await tab.waitForFunction(() => /The poll ".+" is deleted\./.test(document.querySelector('inspraak-console')?.shadowRoot?.querySelector('[role=status]')?.textContent ?? ''));
    await tab.waitForFunction(() => document.querySelector('inspraak-console')?.shadowRoot?.activeElement?.localName === 'main');
    assert.equal((await admin.admin.polls.list()).items.some((poll) => poll.id === pollId), false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('lets a moderator hide an idea with a reason and answer the idea owed an answer first, by keyboard, and keeps them out of the polls', async () => {
    const admin = createClient({ baseUrl: server.baseUrl, adminToken: server.adminToken });
    const board = await admin.admin.boards.create({ title: 'Ideeën voor het plein', moderation: 'pre', categories: [{ id: 'cat_groen', label: 'Groen' }] });
    const residents = createClient({ baseUrl: server.baseUrl, siteKey: server.siteKey, participantStore: new Map() });
    const { idea } = await residents.ideas.create(board.id, { title: 'Mijn buurman is een oplichter', description: 'Hij woont op nummer 12.', categoryId: 'cat_groen' });
    // Public, then flagged by a resident: the moderator hides an idea the public board showed.
    await admin.admin.ideas.approve(idea.id);
    await residents.ideas.flag({ ideaId: idea.id }, { reason: 'personal-data' });
    const { idea: kept } = await residents.ideas.create(board.id, { title: 'Meer bomen', description: 'Voor schaduw in de zomer.', categoryId: 'cat_groen' });

    const context = await browser.createBrowserContext();
    const { tab, problems } = await newTab(context);
    const { token } = await createSignInLink({ db: server.app.inspraak.db, now: () => new Date() }, moderator);
    await tab.goto(`${server.origin}/admin/auth/link?token=${token}`, { waitUntil: 'load' });
    // Dutch (the browser's language), starting at the overview; the polls are not for a moderator, in the menu or by address.
    await waitForShadow(tab, '.figures');
    assert.deepEqual(await tab.$$eval('pierce/nav a', (links) => links.map((link) => link.textContent)), ['Overzicht', 'Moderatie', 'Antwoorden', 'Meldingen']);
    await tab.goto(`${server.origin}/admin/#/polls`, { waitUntil: 'load' });
    await tab.waitForFunction(() => /Dit onderdeel is niet voor uw rol \(moderator\)\./.test(document.querySelector('inspraak-console')?.shadowRoot?.querySelector('main')?.textContent ?? ''));
    await tab.goto(`${server.origin}/admin/#/moderation`, { waitUntil: 'load' });
    await waitForShadow(tab, 'article');
    assert.deepEqual(
      await tab.$$eval('pierce/article h2', (headings) => headings.map((heading) => heading.textContent?.replace(/\s+/g, ' ').trim())),
      ['Idee Mijn buurman is een oplichter', 'Idee Meer bomen'],
    );
    await assertAccessible(tab, 'moderation');

    // Hide: the reason list opens with focus on it; pick "Persoonlijke gegevens", add a note, send.
    await tab.focus(`pierce/article[aria-labelledby="item-${idea.id}"] button.secondary`);
    await tab.keyboard.press('Enter');
    await waitForShadow(tab, `#reason-${idea.id}`);
    assert.match(await focused(tab), /^select:/);
    await tab.select(`pierce/#reason-${idea.id}`, 'personal-data');
    await assertAccessible(tab, 'hide form');
    await tab.focus(`pierce/#note-${idea.id}`);
    await tab.keyboard.type('Er staat een adres in.');
    await tab.keyboard.press('Tab');
    await tab.keyboard.press('Enter');
    await tab.waitForFunction((id) => !document.querySelector('inspraak-console')?.shadowRoot?.querySelector('inspraak-console-moderation')?.shadowRoot?.querySelector(`#item-${id}`), {}, idea.id);
    assert.match(await textOf(tab, '[role=status]'), /Verborgen: Mijn buurman is een oplichter/);
    assert.equal(await focused(tab), 'h2: Idee Meer bomen', 'focus moves to the next item');

    // The author's receipt says why, with the note.
    const hidden = (await admin.admin.ideas.queue({ limit: 100 })).items.map((item) => item.idea?.id);
    assert.ok(!hidden.includes(idea.id) && hidden.includes(kept.id));
    const row = await server.app.inspraak.db.selectFrom('ideas').select(['moderation_state', 'hidden_reason_code', 'hidden_reason']).where('id', '=', idea.id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { moderation_state: 'hidden', hidden_reason_code: 'personal-data', hidden_reason: 'Er staat een adres in.' });
    // The public board (its hosted page, in a tab of its own) shows the reason in the idea's place, and nothing of the idea.
    const { tab: publicTab, problems: publicProblems } = await newTab(context);
    await publicTab.goto(`${server.origin}/embed/idea-board/${board.id}`, { waitUntil: 'load' });
    const boardText = () => publicTab.evaluate(() => document.querySelector('inspraak-idea-board')?.shadowRoot?.querySelector('[part~=ideas]')?.textContent?.replace(/\s+/g, ' ').trim());
    await publicTab.waitForFunction(() => document.querySelector('inspraak-idea-board')?.shadowRoot?.querySelector('[part~=hidden-notice]'));
    assert.equal(await boardText(), 'De gemeente heeft dit idee verborgen. Er stonden persoonlijke gegevens in.');
    assert.deepEqual(publicProblems, []);
    await publicTab.close();
    await tab.bringToFront();

    // Approving the other publishes it.
    await tab.keyboard.press('Tab');
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => /Er wacht niets op moderatie\./.test(document.querySelector('inspraak-console')?.shadowRoot?.querySelector('inspraak-console-moderation')?.shadowRoot?.textContent ?? ''));
    assert.equal((await residents.ideas.get(kept.id)).moderation.state, 'published');
    await assertAccessible(tab, 'empty queue');

    // Answers: the idea owed an answer longest ago first, marked overdue; answered by keyboard, with a new status.
    const thresholdBoard = await admin.admin.boards.create({ title: 'Bord met drempel', categories: [{ id: 'cat_groen', label: 'Groen' }], supportThreshold: 1, answerWithinDays: 14 });
    const { idea: late } = await residents.ideas.create(thresholdBoard.id, { title: 'Een bankje bij de vijver', description: 'Om te rusten.', categoryId: 'cat_groen' });
    const { idea: soon } = await residents.ideas.create(thresholdBoard.id, { title: 'Een watertappunt in het park', description: 'Voor de zomer.', categoryId: 'cat_groen' });
    await residents.ideas.support(late.id);
    await residents.ideas.support(soon.id);
    await server.app.inspraak.db.updateTable('ideas').set({ answer_due_at: '2026-01-15T12:00:00.000Z' }).where('id', '=', late.id).execute();
    await tab.goto(`${server.origin}/admin/#/answers`, { waitUntil: 'load' });
    await waitForShadow(tab, 'article');
    assert.deepEqual(
      await tab.$$eval('pierce/article h2', (headings) => headings.map((heading) => heading.textContent?.trim())),
      ['Een bankje bij de vijver', 'Een watertappunt in het park'],
    );
    assert.match(await textOf(tab, '.overdue'), /^Te laat: het antwoord was uiterlijk 15 januari 2026 nodig$/);
    await assertAccessible(tab, 'answers');
    await tab.focus(`pierce/article[aria-labelledby="idea-${late.id}"] button`);
    await tab.keyboard.press('Enter');
    await waitForShadow(tab, `#answer-${late.id}`);
    assert.equal(await focused(tab), 'textarea: ');
    await tab.keyboard.type('Het bankje komt er in het voorjaar.');
    await tab.select(`pierce/#status-${late.id}`, 'under-consideration');
    await assertAccessible(tab, 'answer form');
    await (await tab.$(`pierce/article[aria-labelledby="idea-${late.id}"] button[type=submit]`))!.click();
    await tab.waitForFunction((id) => !document.querySelector('inspraak-console')?.shadowRoot?.querySelector('inspraak-console-answers')?.shadowRoot?.querySelector(`#idea-${id}`), {}, late.id);
    assert.equal(await focused(tab), 'h2: Een watertappunt in het park');
    const answered = await residents.ideas.get(late.id);
    assert.equal(answered.officialAnswer?.text, 'Het bankje komt er in het voorjaar.');
    assert.equal(answered.status, 'under-consideration');

    // The audit log holds the editor's and the moderator's work, by name.
    const log = await server.app.inspraak.db.selectFrom('audit_log').select(['actor_email', 'action']).orderBy('at').execute();
    const actions = log.map((entry) => `${entry.actor_email} ${entry.action}`);
    for (const expected of [`${editor} createPoll`, `${editor} closePoll`, `${moderator} hideIdea`, `${moderator} approveIdea`, `${moderator} setIdeaStatus`, `${moderator} answerIdea`]) {
      assert.ok(actions.includes(expected), `${expected} in ${actions.join(', ')}`);
    }
    await tab.screenshot({ path: path.join(outputDir, 'console-moderation.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('shows an admin the audit log with the editor’s poll close and the moderator’s hide, by keyboard, and its CSV; a moderator gets neither', async () => {
    // The actions of the two tests above, as the server recorded them.
    const db = server.app.inspraak.db;
    const recorded = (actor: string, action: string) =>
      db.selectFrom('audit_log').select('subject_id').where('actor_email', '=', actor).where('action', '=', action).executeTakeFirstOrThrow();
    const { subject_id: closedPoll } = await recorded(editor, 'closePoll');
    const { subject_id: hiddenIdea } = await recorded(moderator, 'hideIdea');
    const siteAdmin = 'beheerder@voorbeeld.example';
    const ctx = { db, now: () => new Date() };
    await addStaffMember(ctx, 'site_demo', siteAdmin, 'admin');

    const context = await browser.createBrowserContext();
    const { tab, problems } = await newTab(context, 'en-GB,en');
    await tab.goto(`${server.origin}/admin/auth/link?token=${(await createSignInLink(ctx, siteAdmin)).token}`, { waitUntil: 'load' });
    await waitForShadow(tab, 'nav a[href="#/audit"]');
    assert.deepEqual(await tab.$$eval('pierce/nav a', (links) => links.map((link) => link.textContent)), ['Overview', 'Polls', 'Idea boards', 'Maps', 'Moderation', 'Answers', 'Reports', 'Audit log']);
    await tab.focus('pierce/nav a[href="#/audit"]');
    await tab.keyboard.press('Enter');
    await waitForShadow(tab, 'tbody tr');
    assert.equal(await textOf(tab, 'h1'), 'Audit log');
    const rows = await tab.$$eval('pierce/tbody tr', (rows) =>
      rows.map((row) => [...row.children].slice(1, 4).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()).join(' | ')),
    );
    assert.ok(rows.includes(`${editor} (editor) | Closed a poll | Poll ${closedPoll}`), rows.join('\n'));
    assert.ok(rows.includes(`${editor} (editor) | Deleted a poll | Poll ${closedPoll}`), rows.join('\n'));
    assert.ok(rows.includes(`${moderator} (moderator) | Hid an idea | Idea ${hiddenIdea}`), rows.join('\n'));
    assert.ok(rows.indexOf(`${moderator} (moderator) | Hid an idea | Idea ${hiddenIdea}`) < rows.indexOf(`${editor} (editor) | Closed a poll | Poll ${closedPoll}`), 'newest first');
    assert.ok(await tab.$(`pierce/tbody a[href="#/polls/${closedPoll}"]`), 'the poll links to its page');
    await assertAccessible(tab, 'audit log');

    // The hide's changes, opened by keyboard: the fields as they were and as they are.
    const hideRow = rows.indexOf(`${moderator} (moderator) | Hid an idea | Idea ${hiddenIdea}`) + 1;
    await tab.focus(`pierce/tbody tr:nth-child(${hideRow}) summary`);
    await tab.keyboard.press('Enter');
    assert.match(await textOf(tab, `tbody tr:nth-child(${hideRow}) dl`), /moderation state published → becomes hidden .*hidden reason code \(empty\) → becomes personal-data hidden notice 0 → becomes 1/);
    await assertAccessible(tab, 'audit log with an entry’s changes');

    // The whole log as a file, with its byte-order mark, oldest first.
    const session = await browser.target().createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, browserContextId: context.id });
    const download = await tab.$$('pierce/.actions button').then(async (buttons) => {
      for (const button of buttons) if ((await button.evaluate((element) => element.textContent?.trim())) === 'Download the whole log (CSV)') return button;
      throw new Error('no CSV button');
    });
    await download.click();
    const file = path.join(downloads, 'site_demo-audit-log.csv');
    for (let waited = 0; !readdirSync(downloads).includes('site_demo-audit-log.csv') && waited < 5000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    const csv = readFileSync(file);
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    assert.equal(lines[0], 'at,actor,role,action,subject_type,subject_id,before,after');
    const closeLine = lines.findIndex((line) => line.includes(`,${editor},editor,closePoll,poll,${closedPoll},`));
    const hideLine = lines.findIndex((line) => line.includes(`,${moderator},moderator,hideIdea,idea,${hiddenIdea},`));
    assert.ok(closeLine > 0 && hideLine > closeLine, `the close (line ${closeLine}) before the hide (line ${hideLine})`);
    assert.deepEqual(problems, []);
    await context.close();

    // A moderator has no audit log: no menu entry, the screen says so, and the API refuses their session.
    const moderatorContext = await browser.createBrowserContext();
    const { tab: moderatorTab } = await newTab(moderatorContext);
    await moderatorTab.goto(`${server.origin}/admin/auth/link?token=${(await createSignInLink(ctx, moderator)).token}`, { waitUntil: 'load' });
    await waitForShadow(moderatorTab, 'nav a');
    assert.equal(await moderatorTab.$('pierce/nav a[href="#/audit"]'), null);
    await moderatorTab.goto(`${server.origin}/admin/#/audit`, { waitUntil: 'load' });
    await moderatorTab.waitForFunction(() => /Dit onderdeel is niet voor uw rol \(moderator\)\./.test(document.querySelector('inspraak-console')?.shadowRoot?.querySelector('main')?.textContent ?? ''));
    const statuses = await moderatorTab.evaluate(() =>
      Promise.all(['/v1/admin/audit-log', '/v1/admin/audit-log.csv'].map((url) => fetch(url, { headers: { 'inspraak-site': 'site_demo' } }).then((response) => response.status))),
    );
    assert.deepEqual(statuses, [403, 403]);
    await moderatorContext.close();
  });
});

describe('the staff console: idea boards', () => {
  it('lets an editor create an idea board by keyboard, change a setting, and sees it on the board’s page', async () => {
    const context = await browser.createBrowserContext();
    const { tab, problems } = await newTab(context, 'en-GB,en');
    const { token } = await createSignInLink({ db: server.app.inspraak.db, now: () => new Date() }, editor);
    await tab.goto(`${server.origin}/admin/auth/link?token=${token}`, { waitUntil: 'load' });
    await waitForShadow(tab, 'nav a');
    assert.deepEqual(await tab.$$eval('pierce/nav a', (links) => links.map((link) => link.textContent)), ['Overview', 'Polls', 'Idea boards', 'Maps', 'Answers', 'Reports']);
    await tab.goto(`${server.origin}/admin/#/boards`, { waitUntil: 'load' });
    await waitForShadow(tab, '#title');
    await assertAccessible(tab, 'boards');

    // Keyboard only: the title, Tab past the explanation, the categories (one per line), the threshold.
    await tab.focus('pierce/#title');
    await tab.keyboard.type('Ideeën voor de Oude Gracht');
    await tab.keyboard.press('Tab');
    await tab.keyboard.press('Tab');
    await tab.keyboard.type('Groen');
    await tab.keyboard.press('Enter');
    await tab.keyboard.type('Verkeer');
    await tab.keyboard.press('Tab');
    await tab.keyboard.type('50');
    await tab.focus('pierce/button[type=submit]');
    await tab.keyboard.press('Enter');
    await waitForShadow(tab, '#settings-heading');
    const boardId = decodeURIComponent(new URL(tab.url()).hash.replace('#/boards/', ''));
    const residents = createClient({ baseUrl: server.baseUrl, siteKey: server.siteKey, participantStore: new Map() });
    const board = await residents.boards.get(boardId);
    assert.deepEqual(
      { title: board.title, categories: board.categories.map((category) => category.label), supportThreshold: board.supportThreshold, moderation: board.moderation },
      { title: 'Ideeën voor de Oude Gracht', categories: ['Groen', 'Verkeer'], supportThreshold: 50, moderation: 'post' },
    );
    await assertAccessible(tab, 'a board');

    // Closing it: the status field says what that means; the save says what it changed.
    await tab.select('pierce/#status', 'closed');
    await tab.focus('pierce/button[type=submit]');
    await tab.keyboard.press('Enter');
    await waitForShadow(tab, '.saved');
    assert.equal(await textOf(tab, '.saved'), 'Saved. Changed: Status.');
    assert.equal((await residents.boards.get(boardId)).status, 'closed');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
