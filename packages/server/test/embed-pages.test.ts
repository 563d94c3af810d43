import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { html, SafeHtml } from '../src/http/html.ts';
import { preferredLanguage } from '../src/http/preferred-language.ts';
import { cspSourceOf } from '../src/services/embed-subject.ts';
import { createSite } from '../src/services/site-service.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';

describe('html`…` (the escaper of server-rendered pages)', () => {
  it('escapes every value and keeps markup built with html', () => {
    const text = `<script>alert("x")</script> & 'q'`;
    assert.equal(
      html`<p title="${text}">${text}</p>`.value,
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</p>',
    );
    const items = ['<b>', 'a&b'].map((item) => html`<li>${item}</li>`);
    assert.equal(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.value, '<ul><li>&lt;b&gt;</li><li>a&amp;b</li></ul>0');
    assert.equal(html`${new SafeHtml('<br>')}`.value, '<br>');
  });
});

describe('preferredLanguage', () => {
  it('takes ?lang=, then Accept-Language by q-value, then Dutch', () => {
    assert.equal(preferredLanguage('en', 'nl'), 'en');
    assert.equal(preferredLanguage('en-GB', undefined), 'en');
    assert.equal(preferredLanguage('fr', 'en-US,en;q=0.9'), 'en');
    assert.equal(preferredLanguage(undefined, 'de-DE, en;q=0.5, nl;q=0.8'), 'nl');
    assert.equal(preferredLanguage(undefined, 'nl;q=0, en;q=0.1'), 'en');
    assert.equal(preferredLanguage(undefined, 'fr, de'), 'nl');
    assert.equal(preferredLanguage(['en'], undefined), 'nl');
  });
});

describe('cspSourceOf', () => {
  it('turns a configured URL into the CSP source of its origin', () => {
    assert.equal(cspSourceOf('https://tile.openstreetmap.org/{z}/{x}/{y}.png'), 'https://tile.openstreetmap.org');
    assert.equal(cspSourceOf('https://{s}.tile.example.org/{z}/{x}/{y}.png'), 'https://*.tile.example.org');
    assert.equal(cspSourceOf('http://localhost:8081/search'), 'http://localhost:8081');
    assert.equal(cspSourceOf('javascript:alert(1)'), undefined);
    assert.equal(cspSourceOf("https://a.example'; script-src *"), undefined);
  });
});

describe('hosted pages /embed/<widget>/<id>', () => {
  let server: TestServer;
  let other: { publicKey: string; adminToken: string };
  const page = (path: string, headers: Record<string, string> = {}) => fetch(`${server.origin}${path}`, { headers });
  const meta = (body: string, name: string) => new RegExp(`<meta (?:property|name)="${name.replace(/[.:]/g, '\\$&')}" content="([^"]*)">`).exec(body)?.[1];

  before(async () => {
    server = await startTestServer();
    const created = await createSite({ db: server.app.inspraak.db, now: () => new Date() }, { name: 'Gemeente Proefstad', origins: ['https://www.proefstad.nl', 'http://[::1]:8080'] });
    other = { publicKey: created.site.publicKey, adminToken: created.adminToken };
    const created1 = await call(server.baseUrl, 'createPoll', {
      method: 'POST',
      path: '/admin/polls',
      headers: { authorization: `Bearer ${other.adminToken}` },
      json: {
        id: 'proefstad_poll',
        question: `Wat vindt u van "<script>alert('x')</script>" & co?`,
        options: [{ label: 'Goed <b>idee</b>' }, { label: 'Liever niet' }],
      },
    });
    assert.equal(created1.status, 201, created1.text);
  });
  after(() => server.close());

  it('renders a poll as a page: Dutch by default, the widget with its site key, the question and options for no-script readers', async () => {
    const response = await page('/embed/poll/poll_demo_multi');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    // fetch asks for compressed responses, so Accept-Encoding is named too.
    assert.equal(response.headers.get('vary'), 'Accept-Language, accept-encoding');
    const body = await response.text();
    assert.match(body, /^<!doctype html>\n<html lang="nl">/);
    assert.match(body, /<script type="module" src="\/cdn\/inspraak\.js" data-site-key="pk_demo_voorbeeld"><\/script>/);
    assert.match(body, /<inspraak-poll poll="poll_demo_multi" heading-level="1">/);
    assert.match(body, /<h1>[^<]+<\/h1>/);
    assert.equal((body.match(/<h1>/g) ?? []).length, 1);
    assert.match(body, /<main class="embed">/);
    assert.match(body, /<li>[^<]+<\/li>/);
    assert.match(body, new RegExp(`<noscript><div class="address">\\s*<p>U doet mee op dit adres:<br><span class="url">${server.origin}/embed/poll/poll_demo_multi</span>`));
    assert.equal(meta(body, 'og:type'), 'website');
    assert.equal(meta(body, 'og:url'), `${server.origin}/embed/poll/poll_demo_multi`);
    assert.equal(meta(body, 'og:site_name'), 'Gemeente Voorbeeld');
    assert.equal(meta(body, 'og:locale'), 'nl_NL');
    assert.equal(meta(body, 'twitter:card'), 'summary');
    assert.ok(meta(body, 'og:title'));
    assert.equal(meta(body, 'og:title'), meta(body, 'twitter:title'));
    assert.ok(meta(body, 'og:description'));
  });

  it('speaks English for ?lang=en or an English browser', async () => {
    for (const [path, headers] of [
      ['/embed/poll/poll_demo_multi?lang=en', { 'accept-language': 'nl' }],
      ['/embed/poll/poll_demo_multi', { 'accept-language': 'en-GB,en;q=0.9,nl;q=0.5' }],
    ] as const) {
      const body = await (await page(path, headers)).text();
      assert.match(body, /<html lang="en">/, path);
      assert.equal(meta(body, 'og:locale'), 'en_GB');
      assert.match(body, /You can take part at this address:/);
      // The shared address leaves the language to the reader's browser.
      assert.equal(meta(body, 'og:url'), `${server.origin}/embed/poll/poll_demo_multi`);
    }
  });

  it('takes ?theme=light|dark and ?preview=1 (the console\'s preview: inert), and ignores other values', async () => {
    const body = await (await page('/embed/poll/poll_demo_multi?lang=en&theme=dark&preview=1')).text();
    assert.match(body, /^<!doctype html>\n<html lang="en" data-theme="dark">/);
    assert.match(body, /<main class="embed" inert>\n<inspraak-poll poll="poll_demo_multi"/);
    // The shared address names neither: a resident who follows it gets the ordinary page.
    assert.equal(meta(body, 'og:url'), `${server.origin}/embed/poll/poll_demo_multi`);
    assert.match(await (await page('/embed/idea-board/board_demo?theme=light')).text(), /<html lang="nl" data-theme="light">/);
    for (const query of ['theme=purple&preview=yes', 'theme=DARK&preview=true', 'theme=dark&theme=light&preview=1&preview=1']) {
      const other = await (await page(`/embed/poll/poll_demo_multi?${query}`)).text();
      assert.match(other, /<html lang="nl">\n/, query);
      assert.match(other, /<main class="embed">\n/, query);
    }
  });

  it('gives the dark theme the colours docs/theming.md gives cities (embed.css)', async () => {
    const guide = readFileSync(new URL('../../../docs/theming.md', import.meta.url), 'utf8');
    const guideBlock = /@media \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}/.exec(guide)?.[1];
    const css = await (await page('/embed/embed.css')).text();
    const pageBlock = /:root\[data-theme='dark'\] \{([^}]*)\}/.exec(css)?.[1];
    assert.ok(guideBlock && pageBlock, 'both dark blocks found');
    const properties = (block: string) => Object.fromEntries([...block.matchAll(/(--inspraak-[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value]));
    assert.ok(Object.keys(properties(guideBlock)).length >= 10);
    assert.deepEqual(properties(pageBlock), properties(guideBlock));
  });

  it('sends a strict CSP that lets the owning site and the server frame it, and no X-Frame-Options', async () => {
    const response = await page('/embed/poll/proefstad_poll');
    assert.equal(response.status, 200);
    assert.equal(
      response.headers.get('content-security-policy'),
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self' https://www.proefstad.nl",
    );
    assert.equal(response.headers.get('x-frame-options'), null);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    const body = await response.text();
    assert.match(body, new RegExp(`data-site-key="${other.publicKey}"`), 'the page carries the key of the site that owns the poll');
    assert.doesNotMatch(body, /\sstyle=|<style|<script>|\son\w+=/, 'nothing inline');
  });

  it('escapes everything residents and editors wrote', async () => {
    const body = await (await page('/embed/poll/proefstad_poll')).text();
    assert.doesNotMatch(body, /<script>alert|<b>idee/);
    assert.match(body, /<h1>Wat vindt u van &quot;&lt;script&gt;alert\(&#39;x&#39;\)&lt;\/script&gt;&quot; &amp; co\?<\/h1>/);
    assert.match(body, /<meta property="og:title" content="Wat vindt u van &quot;&lt;script&gt;/);
    assert.match(body, /<li>Goed &lt;b&gt;idee&lt;\/b&gt;<\/li>/);
  });

  it('keeps ?site=<public key> in the shared address, and finds nothing for a site that does not hold the id', async () => {
    // Ids are unique across the server (hosted-links.test.ts); ?site= still picks a site's own row.
    const chosen = await page(`/embed/poll/proefstad_poll?site=${other.publicKey}`);
    assert.equal(chosen.status, 200);
    const body = await chosen.text();
    assert.match(body, new RegExp(`data-site-key="${other.publicKey}"`));
    assert.equal(meta(body, 'og:url'), `${server.origin}/embed/poll/proefstad_poll?site=${other.publicKey}`);
    const elsewhere = await page(`/embed/poll/poll_demo?site=${other.publicKey}`, { 'accept-language': 'nl' });
    assert.equal(elsewhere.status, 404);
  });

  it('renders the idea form, idea board and feedback map pages with their own tags', async () => {
    for (const [path, tag] of [
      ['/embed/idea-form/board_demo', '<inspraak-idea-form board="board_demo" heading-level="1">'],
      ['/embed/idea-board/board_demo', '<inspraak-idea-board board="board_demo" heading-level="1">'],
      ['/embed/feedback-map/map_demo', '<inspraak-feedback-map map="map_demo" heading-level="1">'],
    ] as const) {
      const response = await page(path);
      assert.equal(response.status, 200, path);
      const body = await response.text();
      assert.ok(body.includes(tag), `${path}: ${tag}`);
      assert.equal((body.match(/<h1>/g) ?? []).length, 1);
      assert.ok(meta(body, 'og:title'));
    }
    const map = await page('/embed/feedback-map/map_demo');
    assert.match(map.headers.get('content-security-policy')!, /img-src 'self' data: blob: https:\/\/tile\.openstreetmap\.org;/);
    assert.match(map.headers.get('content-security-policy')!, /connect-src 'self' https:\/\/api\.pdok\.nl;/);
  });

  it('says what the widget is, and without a description invites the reader on behalf of the site (widgets.manifest.json)', async () => {
    for (const [lang, kind, invitation] of [
      ['nl', 'Peiling', 'Stem mee in deze peiling van Gemeente Proefstad.'],
      ['en', 'Poll', 'Vote in this poll by Gemeente Proefstad.'],
    ] as const) {
      const body = await (await page(`/embed/poll/proefstad_poll?lang=${lang}`)).text();
      assert.ok(body.includes(`<p class="kind">${kind}</p>`), `${lang}: ${kind}`);
      assert.equal(meta(body, 'og:description'), invitation);
    }
    const board = await (await page('/embed/idea-board/board_demo?lang=en')).text();
    assert.ok(board.includes('<p class="kind">Ideas</p>'));
  });

  it('answers an unknown poll, widget or id with a 404 page in the reader\'s language', async () => {
    for (const [path, lang, text] of [
      ['/embed/poll/bestaat_niet', 'nl', 'Wij kunnen geen peiling vinden met de code bestaat_niet.'],
      ['/embed/poll/missing?lang=en', 'en', 'We cannot find a poll with the code missing.'],
      ['/embed/feedback-map/nope', 'nl', 'Wij kunnen geen kaart vinden met de code nope.'],
      ['/embed/survey/poll_demo', 'nl', 'Wij kunnen geen pagina vinden met de code poll_demo.'],
      ['/embed/poll/%3Cscript%3E', 'nl', 'Wij kunnen geen peiling vinden met de code &lt;script&gt;.'],
    ] as const) {
      const response = await page(path);
      assert.equal(response.status, 404, path);
      assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.match(response.headers.get('content-security-policy')!, /script-src 'self'/);
      const body = await response.text();
      assert.match(body, new RegExp(`<html lang="${lang}">`), path);
      assert.ok(body.includes(text), `${path}: ${body}`);
    }
  });

  it('serves the page\'s stylesheet and frame script', async () => {
    const css = await page('/embed/embed.css');
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
    assert.match(await css.text(), /\.fallback|\.address/);
    const script = await page('/embed/embed-frame.js');
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(await script.text(), /postMessage\(\{ inspraakHeight/);
    assert.equal((await page('/embed/other.js')).status, 404);
  });

  it('takes a vote from its own pages (same origin) for a site that lists only its own origins', async () => {
    const token = (
      await call(server.baseUrl, 'createParticipant', { method: 'POST', path: '/participants', headers: { 'inspraak-site-key': other.publicKey } })
    ).body.token as string;
    const poll = (await call(server.baseUrl, 'getPoll', { path: '/polls/proefstad_poll', headers: { 'inspraak-site-key': other.publicKey } })).body;
    const ballot = (origin: string) =>
      call(server.baseUrl, 'castBallot', {
        method: 'POST',
        path: '/polls/proefstad_poll/ballots',
        headers: { origin, 'inspraak-site-key': other.publicKey, 'inspraak-participant-token': token },
        json: { optionIds: [poll.options[0].id] },
      });
    assert.equal((await ballot('https://elders.example')).status, 403);
    assert.equal((await ballot(server.origin)).status, 201);
    assert.equal((await ballot('https://www.proefstad.nl')).status, 200);
  });
});
