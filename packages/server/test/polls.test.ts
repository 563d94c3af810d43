import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { createSite } from '../src/services/site-service.ts';
import { call } from './support/api.ts';
import { adminHeaders, createPoll, hourAgo, hourFromNow, siteHeaders } from './support/fixtures.ts';

describe('GET /polls/{pollId} (getPoll)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('returns the seeded demo poll with exactly the contract fields', async () => {
    const response = await call(server.baseUrl, 'getPoll', { path: '/polls/poll_demo', headers: siteHeaders(server) });
    assert.equal(response.status, 200);
    const poll = response.body;
    assert.deepEqual(Object.keys(poll).sort(), [
      'closesAt', 'createdAt', 'description', 'id', 'integrity', 'maxChoices', 'minBallots', 'opensAt', 'options',
      'question', 'resultsVisibility', 'selection', 'status', 'updatedAt',
    ]);
    assert.equal(poll.id, 'poll_demo');
    assert.equal(poll.question, 'Wat moet er komen op het lege plein bij het station?');
    assert.equal(poll.selection, 'single');
    assert.equal(poll.maxChoices, 1);
    assert.equal(poll.status, 'open');
    assert.equal(poll.resultsVisibility, 'after-vote');
    assert.ok(poll.options.some((o: { id: string }) => o.id === 'opt_groen'));
  });

  it('serves the multiple-choice demo poll', async () => {
    const response = await call(server.baseUrl, 'getPoll', { path: '/polls/poll_demo_multi', headers: siteHeaders(server) });
    assert.equal(response.status, 200);
    assert.equal(response.body.selection, 'multiple');
    assert.equal(response.body.maxChoices, 2);
    assert.equal(response.body.resultsVisibility, 'always');
  });

  it('sends an ETag and answers 304 to If-None-Match, and 200 again after an edit', async () => {
    const first = await call(server.baseUrl, 'getPoll', { path: '/polls/poll_demo_multi', headers: siteHeaders(server) });
    const etag = first.headers.get('etag')!;
    assert.ok(etag);
    const again = await call(server.baseUrl, 'getPoll', {
      path: '/polls/poll_demo_multi',
      headers: { ...siteHeaders(server), 'if-none-match': etag },
    });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
    await call(server.baseUrl, 'updatePoll', {
      method: 'PATCH',
      path: '/admin/polls/poll_demo_multi',
      headers: adminHeaders(server),
      json: { description: 'Nieuw' },
    });
    const changed = await call(server.baseUrl, 'getPoll', {
      path: '/polls/poll_demo_multi',
      headers: { ...siteHeaders(server), 'if-none-match': etag },
    });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.description, 'Nieuw');
    assert.notEqual(changed.headers.get('etag'), etag);
  });

  it('derives the status from opensAt and closesAt', async () => {
    const scheduled = await createPoll(server, { question: 'Later?', options: [{ label: 'a' }, { label: 'b' }], opensAt: hourFromNow() });
    const closed = await createPoll(server, {
      question: 'Voorbij?',
      options: [{ label: 'a' }, { label: 'b' }],
      opensAt: new Date(Date.now() - 7200_000).toISOString(),
      closesAt: hourAgo(),
    });
    for (const [id, status] of [[scheduled.id, 'scheduled'], [closed.id, 'closed']] as const) {
      const response = await call(server.baseUrl, 'getPoll', { path: `/polls/${id}`, headers: siteHeaders(server) });
      assert.equal(response.body.status, status);
    }
  });

  it('answers 404 for an unknown poll', async () => {
    const response = await call(server.baseUrl, 'getPoll', { path: '/polls/poll_nope', headers: siteHeaders(server) });
    assert.equal(response.status, 404);
    assert.equal(response.body.code, 'not-found');
  });

  it('answers 404 for a poll of another site', async () => {
    const other = await createSite(
      { db: server.app.inspraak.db, now: () => new Date() },
      { name: 'Andere gemeente', origins: ['https://andere.example'] },
    );
    const response = await call(server.baseUrl, 'getPoll', {
      path: '/polls/poll_demo',
      headers: { 'inspraak-site-key': other.site.publicKey },
    });
    assert.equal(response.status, 404);
  });

  it('answers 400 for a poll id the contract does not allow', async () => {
    const response = await call(server.baseUrl, 'getPoll', { path: '/polls/bad%20id!', headers: siteHeaders(server) });
    assert.equal(response.status, 400);
    assert.equal(response.body.errors[0].pointer, '#/path/pollId');
  });

  it('answers 401 without a site key and with a wrong one', async () => {
    const missing = await call(server.baseUrl, 'getPoll', { path: '/polls/poll_demo' });
    assert.equal(missing.status, 401);
    const wrong = await call(server.baseUrl, 'getPoll', { path: '/polls/poll_demo', headers: { 'inspraak-site-key': 'pk_nope' } });
    assert.equal(wrong.status, 401);
  });
});
