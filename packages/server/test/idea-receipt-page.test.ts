// The hosted receipt page of an idea (`/receipts/idea?receipt=…`): what the idea form links, so a
// resident who opens it reads where their idea stands, in their language, and can erase it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { adminHeaders, siteHeaders } from './support/fixtures.ts';
import { createBoard, submitIdea } from './support/idea-fixtures.ts';

describe('the idea receipt page', () => {
  let server: TestServer;
  let boardId: string;
  before(async () => {
    server = await startTestServer();
    boardId = (await createBoard(server)).id;
  });
  after(() => server.close());

  const open = (path: string, headers: Record<string, string> = {}) => fetch(server.origin + path, { headers, redirect: 'manual' });
  const erase = (body: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${server.origin}/receipts/idea/erase`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(body).toString(),
      redirect: 'manual',
    });

  it('is the receipt path the API gives, and shows status, the city\'s notes and answer, escaped, in the reader\'s language', async () => {
    const { idea, receipt } = await submitIdea(server, boardId, { title: 'Een <b>bankje</b> & een "boom"', description: 'Om <script>alert(1)</script> te rusten.' });
    assert.equal(receipt.path, `/receipts/idea?receipt=${receipt.token}`);
    const status = await call(server.baseUrl, 'setIdeaStatus', {
      method: 'POST',
      path: `/admin/ideas/${idea.id}/status`,
      headers: adminHeaders(server),
      json: { status: 'under-consideration', note: 'We kijken <i>of</i> het past.' },
    });
    assert.equal(status.status, 200);
    const answer = await call(server.baseUrl, 'answerIdea', { method: 'PUT', path: `/admin/ideas/${idea.id}/answer`, headers: adminHeaders(server), json: { text: 'Goed idee & dank.' } });
    assert.equal(answer.status, 200);

    const response = await open(receipt.path);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /^text\/html/);
    assert.match(response.headers.get('content-security-policy')!, /default-src 'none'/);
    assert.match(response.headers.get('content-security-policy')!, /script-src 'self'/);
    // A receipt is a secret: not cached, not passed on to another origin as a Referer.
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('referrer-policy'), 'same-origin');
    const page = await response.text();
    assert.match(page, /<html lang="nl">/);
    assert.match(page, /Status:<\/strong> In behandeling/);
    assert.ok(page.includes('Een &lt;b&gt;bankje&lt;/b&gt; &amp; een &quot;boom&quot;'), 'the title as text');
    assert.ok(page.includes('Om &lt;script&gt;alert(1)&lt;/script&gt; te rusten.'), 'the description as text');
    assert.ok(page.includes('We kijken &lt;i&gt;of&lt;/i&gt; het past.'), 'the city\'s note');
    assert.ok(page.includes('Antwoord van de gemeente') && page.includes('Goed idee &amp; dank.'), 'the city\'s answer');
    assert.ok(!page.includes('<script>alert'), 'nothing of the resident\'s text as markup');
    assert.ok(page.includes('Wis mijn idee'), 'the erase option');
    assert.ok(page.includes('action="/receipts/idea/erase?lang=nl"'));

    const english = await (await open(receipt.path, { 'accept-language': 'en-GB,en;q=0.9,nl;q=0.5' })).text();
    assert.match(english, /<html lang="en">/);
    assert.match(english, /Status:<\/strong> Under consideration/);
    assert.ok(english.includes('The city’s answer') && english.includes('Erase my idea'));
    assert.match(await (await open(`${receipt.path}&lang=en`)).text(), /<html lang="en">/);
  });

  it('tells the author of a hidden idea why, in words', async () => {
    const { idea, receipt } = await submitIdea(server, boardId);
    const hide = await call(server.baseUrl, 'hideIdea', {
      method: 'POST',
      path: `/admin/ideas/${idea.id}/hide`,
      headers: adminHeaders(server),
      json: { reasonCode: 'personal-data', note: 'Uw telefoonnummer stond erin.' },
    });
    assert.equal(hide.status, 200, hide.text);
    const page = await (await open(receipt.path)).text();
    assert.ok(page.includes('De gemeente heeft uw idee van de website gehaald. Er stonden persoonlijke gegevens in.'));
    assert.ok(page.includes('Uw telefoonnummer stond erin.'));
  });

  it('answers an unknown or malformed receipt with a readable 404 page', async () => {
    for (const path of [`/receipts/idea?receipt=irc_${'A'.repeat(32)}`, '/receipts/idea?receipt=nope', '/receipts/idea']) {
      const response = await open(path);
      assert.equal(response.status, 404, path);
      assert.match(response.headers.get('content-type')!, /^text\/html/);
      const page = await response.text();
      assert.match(page, /<h1>Niet gevonden<\/h1>/);
      assert.ok(page.includes('Wij kunnen geen idee vinden bij deze link.'));
    }
  });

  it('erases the idea with the form, only when confirmed and only from its own page', async () => {
    const { idea, receipt } = await submitIdea(server, boardId);
    // Not confirmed: back to the receipt, nothing erased.
    const unconfirmed = await erase({ receipt: receipt.token });
    assert.equal(unconfirmed.status, 303);
    assert.equal(unconfirmed.headers.get('location'), `/receipts/idea?receipt=${receipt.token}&lang=nl`);
    // From another site's page: refused, nothing erased.
    const foreign = await erase({ receipt: receipt.token, confirm: 'yes' }, { origin: 'https://evil.example' });
    assert.equal(foreign.status, 403);
    await foreign.body?.cancel();
    assert.equal((await open(receipt.path)).status, 200);

    const erased = await erase({ receipt: receipt.token, confirm: 'yes' }, { origin: server.origin });
    assert.equal(erased.status, 200);
    assert.ok((await erased.text()).includes('Uw idee is gewist'));
    assert.equal((await open(receipt.path)).status, 404);
    const gone = await call(server.baseUrl, 'getIdeaByReceipt', { path: `/ideas/by-receipt?receipt=${receipt.token}`, headers: siteHeaders(server) });
    assert.equal(gone.status, 404);
    assert.equal((await call(server.baseUrl, 'getIdea', { path: `/ideas/${idea.id}`, headers: siteHeaders(server) })).status, 404);
    // Again: nothing left to erase.
    assert.equal((await erase({ receipt: receipt.token, confirm: 'yes' })).status, 404);
  });
});
