// Every way a city can embed a widget, in a real Chromium against the real server: inside a page
// whose CSS is hostile, a plain link the loader turns into the widget, a `data-inspraak` element,
// the tag, an iframe that the loader sizes to its content, an iframe sandboxed without scripts, and
// the hosted page `/embed/<widget>/<id>` itself (language, link previews, CSP, axe WCAG 2.2 AA).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Frame, Page } from 'puppeteer-core';
import { createClient } from '@inspraak/sdk';
import { startTestServer, type TestServer } from '../../server/src/testing.ts';
import { describeViolations, runAxe } from '../../../scripts/axe-page.ts';
import { launchChromium, openRecorded, writeCityPage } from './browser-page.ts';
import { buildCdnInto } from './cdn-build.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const outputDir = path.join(root, '.test-output');
const pollId = 'embed_poll';
const question = 'Waar moeten de nieuwe bankjes staan?';

let server: TestServer;
let browser: Browser;
let work: string;
let pages: string;

const page = (name: string, body: string, head = '') => writeCityPage(pages, server, name, body, head);
/**
 * Each test's own browser context: a resident who has not voted yet (the participant token lives in
 * the context's storage), and tabs that are closed even when the test fails (their open streams
 * would hold the browser's connections).
 */
let context: BrowserContext;
const open = (url: string) => openRecorded(context, server.origin, url);
const newTab = () => context.newPage();
/** The same server under another origin: links there are another server's as far as the loader knows. */
const otherOrigin = () => server.origin.replace('127.0.0.1', 'localhost');

const pollsOn = (tab: Page) =>
  tab.evaluate(() =>
    [...document.querySelectorAll('inspraak-poll')].map((poll) => ({
      attributes: Object.fromEntries([...poll.attributes].map((attribute) => [attribute.name, attribute.value])),
      question: poll.shadowRoot?.querySelector('[part~=question]')?.textContent?.trim() ?? null,
      submit: poll.shadowRoot?.querySelector('[part~=submit-button]')?.textContent?.trim() ?? null,
    })),
  );

const waitForPolls = (tab: Page | Frame, count: number) =>
  tab.waitForFunction(
    (count) => [...document.querySelectorAll('inspraak-poll')].filter((poll) => poll.shadowRoot?.querySelector('fieldset')).length === count,
    { timeout: 15_000 },
    count,
  );

before(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'inspraak-embedding-'));
  pages = path.join(work, 'pages');
  mkdirSync(pages);
  mkdirSync(outputDir, { recursive: true });
  await buildCdnInto(path.join(work, 'cdn'));
  server = await startTestServer({ staticRoots: { cdn: path.join(work, 'cdn'), demo: pages } });
  browser = await launchChromium();
  const admin = createClient({ baseUrl: server.baseUrl, adminToken: server.adminToken });
  await admin.admin.polls.create({
    id: pollId,
    question,
    description: 'Kies de plek die u het fijnst vindt.',
    options: [{ label: 'Bij de fontein' }, { label: 'Onder de bomen' }, { label: 'Bij de speeltuin' }],
    selection: 'single',
    resultsVisibility: 'after-vote',
  } as never);
});

beforeEach(async () => {
  context = await browser.createBrowserContext();
});

afterEach(async () => {
  await context.close();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a poll in a page with hostile global CSS', () => {
  it('keeps its size, its 44 px targets and its own controls, and takes a vote', async () => {
    writeFileSync(
      path.join(pages, 'hostile.css'),
      `html { font-size: 62.5%; }
body { font-size: 1.6rem; font-family: Georgia, serif; line-height: 1; }
* { box-sizing: content-box; margin: 0; padding: 0; }
button, input, fieldset, legend, label, h1, h2, h3, h4, h5, h6 { all: unset; font-size: 1rem; color: hotpink; }
button { all: unset; }
input { width: 2px; height: 2px; display: inline; }
fieldset { border: 3px dashed red; }
legend, label { font-size: 0.8rem; text-transform: uppercase; display: inline; }
h1, h2, h3, h4, h5, h6 { font-size: 1rem; line-height: 1; }`,
    );
    const { tab, errors } = await open(
      page('hostile.html', `<main><p>Een pagina van een CMS met een harde reset.</p><inspraak-poll poll="${pollId}"></inspraak-poll></main>`, '<link rel="stylesheet" href="hostile.css">'),
    );
    await tab.setViewport({ width: 800, height: 900 });
    await waitForPolls(tab, 1);
    const layout = await tab.evaluate(() => {
      const poll = document.querySelector('inspraak-poll')!;
      const root = poll.shadowRoot!;
      const targets = [...root.querySelectorAll('[part~=option], button')].map((element) => ({
        part: element.getAttribute('part'),
        width: element.getBoundingClientRect().width,
        height: element.getBoundingClientRect().height,
      }));
      const submit = getComputedStyle(root.querySelector('[part~=submit-button]')!);
      return {
        bodyFont: parseFloat(getComputedStyle(document.body).fontSize),
        questionFont: parseFloat(getComputedStyle(root.querySelector('#question')!).fontSize),
        targets,
        submitBackground: submit.backgroundColor,
        submitCursor: submit.cursor,
        radioWidth: root.querySelector('input')!.getBoundingClientRect().width,
        questionColor: getComputedStyle(root.querySelector('#question')!).color,
      };
    });
    assert.equal(layout.bodyFont, 16);
    assert.ok(layout.questionFont >= layout.bodyFont, `question ${layout.questionFont}px is smaller than the page's ${layout.bodyFont}px`);
    assert.equal(layout.targets.length, 4, 'three options and the submit button');
    for (const target of layout.targets) assert.ok(target.height >= 44 && target.width >= 44, `${target.part} is ${target.width}×${target.height}`);
    // The page's `button { all: unset }` and `input { width: 2px }` stay outside the shadow root.
    assert.notEqual(layout.submitBackground, 'rgba(0, 0, 0, 0)');
    assert.equal(layout.submitCursor, 'pointer');
    assert.ok(layout.radioWidth > 2, `the radio button is ${layout.radioWidth}px wide`);
    assert.notEqual(layout.questionColor, 'rgb(255, 105, 180)', 'the question is not hotpink');
    await tab.screenshot({ path: path.join(outputDir, 'embedding-hostile-css.png'), fullPage: true });

    await tab.evaluate(() => {
      const root = document.querySelector('inspraak-poll')!.shadowRoot!;
      root.querySelector<HTMLInputElement>('input')!.click();
      root.querySelector<HTMLButtonElement>('[part~=submit-button]')!.click();
    });
    await tab.waitForFunction(() => document.querySelector('inspraak-poll')?.shadowRoot?.activeElement?.id === 'confirmation', { timeout: 10_000 });
    await tab.screenshot({ path: path.join(outputDir, 'embedding-hostile-css-voted.png'), fullPage: true });
    assert.deepEqual(errors, []);
    await tab.close();
  });
});

describe('embedding ways', () => {
  it('turns a link to a hosted page on its own server into the widget, in the link\'s language', async () => {
    const { tab, errors } = await open(
      page(
        'link.html',
        `<main>
<p><a id="own" href="${server.origin}/embed/poll/${pollId}">Stem mee over de bankjes</a></p>
<p><a id="relative" href="/embed/poll/${pollId}" lang="en">Vote on the benches</a></p>
<p><a id="query" href="/embed/poll/${pollId}?lang=en">Vote (English page)</a></p>
<p><a id="other" href="${otherOrigin()}/embed/poll/${pollId}">Elders</a></p>
<p><a id="foreign" href="https://inspraak.elders.example/embed/poll/${pollId}">Andere gemeente</a></p>
<p><a id="not-embed" href="${server.origin}/over/embed/poll/${pollId}">Geen embed</a></p>
<p><a id="no-widget" href="${server.origin}/embed/survey/${pollId}">Onbekende widget</a></p>
<p><a href="/embed/idea-form/board_demo">Deel uw idee</a> <a href="/embed/idea-board/board_demo">Ideeën</a> <a href="/embed/feedback-map/map_demo">Meld het</a></p>
</main>`,
      ),
    );
    await waitForPolls(tab, 3);
    const polls = await pollsOn(tab);
    assert.deepEqual(
      polls.map((poll) => [poll.attributes, poll.question, poll.submit]),
      [
        [{ poll: pollId }, question, 'Verstuur mijn stem'],
        [{ poll: pollId, lang: 'en' }, question, 'Send my vote'],
        [{ poll: pollId, lang: 'en' }, question, 'Send my vote'],
      ],
    );
    const others = await tab.evaluate(() =>
      [...document.querySelectorAll('inspraak-idea-form, inspraak-idea-board, inspraak-feedback-map')].map((widget) => [
        widget.localName,
        Object.fromEntries([...widget.attributes].map((attribute) => [attribute.name, attribute.value])),
      ]),
    );
    assert.deepEqual(others, [
      ['inspraak-idea-form', { board: 'board_demo' }],
      ['inspraak-idea-board', { board: 'board_demo' }],
      ['inspraak-feedback-map', { map: 'map_demo' }],
    ]);
    const links = await tab.evaluate(() => [...document.querySelectorAll('a')].map((link) => link.id));
    assert.deepEqual(links, ['other', 'foreign', 'not-embed', 'no-widget'], 'links to other origins and other paths stay links');

    // A link an editor's page adds later is upgraded too.
    await tab.evaluate((href) => {
      document.querySelector('main')!.insertAdjacentHTML('beforeend', `<p><a id="later" href="${href}">Later</a></p>`);
    }, `${server.origin}/embed/poll/${pollId}`);
    await waitForPolls(tab, 4);
    assert.equal(await tab.$('#later'), null);
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it('leaves a page without widgets or embed links at the loader alone', async () => {
    const { tab, requests } = await open(page('plain.html', `<main><p><a href="${otherOrigin()}/embed/poll/${pollId}">Elders</a></p></main>`));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // A link to another origin's /embed/ still asks for the upgrade code (the selector cannot tell), but loads no widget.
    assert.ok(!requests.some((request) => /\/cdn\/(poll|core)-/.test(request.url)), requests.map((request) => request.url).join(', '));
    await tab.close();

    const empty = await open(page('empty.html', '<main><p>Niets te doen.</p><a href="/contact">Contact</a></main>'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(
      empty.requests.map((request) => request.url),
      ['/empty.html', '/cdn/inspraak.js'],
    );
    await empty.tab.close();
  });

  it('turns <div data-inspraak="poll" data-poll="…"> into the widget, with its other data attributes', async () => {
    const { tab, errors } = await open(
      page('div.html', `<main><div id="peiling" class="cms-block" data-inspraak="poll" data-poll="${pollId}" data-heading-level="3"></div></main>`),
    );
    await waitForPolls(tab, 1);
    const [poll] = await pollsOn(tab);
    assert.deepEqual(poll!.attributes, { id: 'peiling', class: 'cms-block', poll: pollId, 'heading-level': '3' });
    assert.equal(poll!.question, question);
    const heading = "[role=heading][aria-level='3']";
    assert.equal(await tab.evaluate((heading) => document.querySelector('inspraak-poll')!.shadowRoot!.querySelector(heading)?.textContent?.trim(), heading), question);
    assert.equal(await tab.$('[data-inspraak]'), null);
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it('shows the tag itself', async () => {
    const { tab, errors } = await open(page('tag.html', `<main><inspraak-poll poll="${pollId}"></inspraak-poll></main>`));
    await waitForPolls(tab, 1);
    assert.equal((await pollsOn(tab))[0]!.question, question);
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it('sizes an iframe of the hosted page to its content, and only for its own server', async () => {
    // A reset that makes iframes border-box: the loader sizes the content, not the border, to the page.
    writeFileSync(path.join(pages, 'border-box.css'), '*, *::before, *::after { box-sizing: border-box; } iframe { border: 3px solid #333; }');
    const { tab, errors } = await open(
      page(
        'iframe.html',
        `<main>
<iframe id="own" src="${server.origin}/embed/poll/${pollId}" title="Peiling: ${question}" width="600" height="300"></iframe>
<iframe id="other" src="${otherOrigin()}/embed/poll/${pollId}" title="Peiling elders" width="600" height="300"></iframe>
</main>`,
        '<link rel="stylesheet" href="border-box.css">',
      ),
    );
    const frame = tab.frames().find((candidate) => candidate.url().startsWith(`${server.origin}/embed/`))!;
    await waitForPolls(frame, 1);
    const fits = async () => {
      const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const height = await tab.evaluate(() => document.querySelector<HTMLIFrameElement>('#own')!.clientHeight);
      return { content, height };
    };
    const settle = async () => {
      const started = Date.now();
      let last = await fits();
      while (last.content !== last.height && Date.now() - started < 1000) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        last = await fits();
      }
      return last;
    };
    let size = await settle();
    assert.equal(size.height, size.content, 'the iframe is as tall as its page');
    assert.notEqual(size.height, 300);

    // Voting shows the results: the page grows and the iframe follows within a second.
    const before = size.height;
    await frame.evaluate(() => {
      const root = document.querySelector('inspraak-poll')!.shadowRoot!;
      root.querySelector<HTMLInputElement>('input')!.click();
      root.querySelector<HTMLButtonElement>('[part~=submit-button]')!.click();
    });
    await frame.waitForFunction(() => document.querySelector('inspraak-poll')?.shadowRoot?.querySelector('[part~=results]'), { timeout: 10_000 });
    size = await settle();
    assert.equal(size.height, size.content);
    assert.notEqual(size.height, before);

    // The same page from another origin is not our server's: its messages change nothing. Nor does
    // a message that does not come from one of the page's iframes.
    const other = tab.frames().find((candidate) => candidate.url().startsWith(`${otherOrigin()}/embed/`))!;
    await waitForPolls(other, 1);
    await other.evaluate(() => window.parent.postMessage({ inspraakHeight: 123 }, '*'));
    await tab.evaluate(() => window.postMessage({ inspraakHeight: 999 }, '*'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const heights = await tab.evaluate(() => [...document.querySelectorAll('iframe')].map((frame) => [frame.clientHeight, frame.style.height]));
    assert.deepEqual(heights, [
      [size.height, `${size.height + 6}px`],
      [300 - 6, ''],
    ]);
    assert.deepEqual(errors, []);
    await tab.screenshot({ path: path.join(outputDir, 'embedding-iframe.png'), fullPage: true });
    await tab.close();
  });

  it('shows the question and the address in an iframe sandboxed without scripts', async () => {
    const { tab } = await open(
      page('sandbox.html', `<main><iframe sandbox src="${server.origin}/embed/poll/${pollId}" title="Peiling" width="600" height="500"></iframe></main>`),
    );
    const frame = tab.frames().find((candidate) => candidate.url().startsWith(`${server.origin}/embed/`))!;
    const shown = await frame.$$eval('h1, li, .url, a', (elements) =>
      elements.filter((element) => (element as HTMLElement).offsetHeight > 0).map((element) => element.textContent?.trim()),
    );
    const address = `${server.origin}/embed/poll/${pollId}`;
    assert.deepEqual(shown, [question, 'Bij de fontein', 'Onder de bomen', 'Bij de speeltuin', address, address]);
    assert.equal(await frame.$eval('inspraak-poll', (poll) => poll.shadowRoot), null, 'no script ran');
    await tab.screenshot({ path: path.join(outputDir, 'embedding-sandboxed-iframe.png'), fullPage: true });
    await tab.close();
  });
});

describe('the hosted pages /embed/<widget>/<id>', () => {
  it('is a page of its own: language, link previews, a strict CSP that allows framing, the live widget', async () => {
    const tab = await newTab();
    const violations: string[] = [];
    tab.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = (await tab.goto(`${server.origin}/embed/poll/${pollId}?lang=en`, { waitUntil: 'load' }))!;
    assert.equal(response.status(), 200);
    const headers = response.headers();
    assert.match(headers['content-security-policy']!, /script-src 'self';/);
    assert.match(headers['content-security-policy']!, /style-src 'self';/);
    assert.match(headers['content-security-policy']!, /frame-ancestors 'self' http:\/\/localhost:\* http:\/\/127\.0\.0\.1:\*/);
    assert.equal(headers['x-frame-options'], undefined);
    await waitForPolls(tab, 1);
    const meta = await tab.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      og: Object.fromEntries([...document.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')].map((tag) => [tag.getAttribute('property') ?? tag.getAttribute('name'), tag.getAttribute('content')])),
      siteKey: document.querySelector<HTMLScriptElement>('script[data-site-key]')?.dataset.siteKey,
      submit: document.querySelector('inspraak-poll')!.shadowRoot!.querySelector('[part~=submit-button]')?.textContent?.trim(),
      h1: document.querySelectorAll('h1:not(.fallback h1)').length + document.querySelector('inspraak-poll')!.shadowRoot!.querySelectorAll("[role=heading][aria-level='1']").length,
      fallbackShown: (document.querySelector('.fallback') as HTMLElement).offsetHeight > 0,
    }));
    assert.equal(meta.lang, 'en');
    assert.equal(meta.title, `${question} - Gemeente Voorbeeld`);
    assert.deepEqual(meta.og, {
      'og:type': 'website',
      'og:title': question,
      'og:description': 'Kies de plek die u het fijnst vindt.',
      'og:url': `${server.origin}/embed/poll/${pollId}`,
      'og:site_name': 'Gemeente Voorbeeld',
      'og:locale': 'en_GB',
      'twitter:card': 'summary',
      'twitter:title': question,
      'twitter:description': 'Kies de plek die u het fijnst vindt.',
    });
    assert.equal(meta.siteKey, server.siteKey);
    assert.equal(meta.submit, 'Send my vote');
    assert.equal(meta.h1, 1, 'the question is the page\'s heading');
    assert.equal(meta.fallbackShown, false, 'the widget replaced the server-rendered question');
    assert.deepEqual(violations, []);
    await tab.close();
  });

  it('shows the idea form, the idea board and the feedback map live on theirs, under the CSP and clean for axe', async () => {
    for (const [address, tag] of [
      ['/embed/idea-form/board_demo', 'inspraak-idea-form'],
      ['/embed/idea-board/board_demo', 'inspraak-idea-board'],
      ['/embed/feedback-map/map_demo', 'inspraak-feedback-map'],
    ] as const) {
      {
        const tab = await newTab();
        const violations: string[] = [];
        tab.on('console', (message) => {
          if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
        });
        // Map tiles and the geocoder are other servers: out of reach here.
        await tab.setRequestInterception(true);
        tab.on('request', (request) => void (request.url().startsWith(server.origin) ? request.continue() : request.abort()));
        await tab.goto(`${server.origin}${address}`, { waitUntil: 'load' });
        await tab.waitForFunction(
          (tag) => (document.querySelector(tag)?.shadowRoot?.textContent?.trim().length ?? 0) > 0 && (document.querySelector('.fallback') as HTMLElement).offsetHeight === 0,
          { timeout: 15_000 },
          tag,
        );
        // axe runs through the DevTools protocol, under the page's own CSP.
        assert.deepEqual(describeViolations((await runAxe(tab)).violations), [], address);
        assert.deepEqual(violations, [], address);
        await tab.close();
      }
    }
  });

  it('passes axe (WCAG 2.2 A and AA), with the widget and as the not-found page', async () => {
    for (const [address, status] of [
      [`/embed/poll/${pollId}`, 200],
      ['/embed/poll/bestaat_niet', 404],
    ] as const) {
      const tab = await newTab();
      // A Dutch browser: the page follows Accept-Language when the link has no ?lang=.
      await tab.setExtraHTTPHeaders({ 'accept-language': 'nl-NL,nl;q=0.9,en;q=0.5' });
      const response = (await tab.goto(`${server.origin}${address}`, { waitUntil: 'load' }))!;
      assert.equal(response.status(), status);
      if (status === 200) await waitForPolls(tab, 1);
      assert.deepEqual(describeViolations((await runAxe(tab)).violations), [], address);
      if (status === 404) {
        assert.equal(await tab.evaluate(() => document.querySelector('h1')?.textContent), 'Niet gevonden');
        await tab.screenshot({ path: path.join(outputDir, 'embedding-not-found.png') });
      } else {
        await tab.screenshot({ path: path.join(outputDir, 'embedding-hosted-page.png'), fullPage: true });
      }
      await tab.close();
    }
  });
});
