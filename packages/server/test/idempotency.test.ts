import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hashToken } from '../src/credentials/tokens.ts';
import { beginIdempotent, finishIdempotent, requestFingerprint } from '../src/services/idempotency-service.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { adminHeaders, countersOf, newParticipant, vote } from './support/fixtures.ts';

describe('Idempotency-Key on POSTs', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('castBallot: a retry replays the first response and counts once', async () => {
    const token = await newParticipant(server);
    const before = await countersOf(server, 'poll_demo_multi');
    const key = 'a7b1c2d3-0000-4000-8000-000000000001';
    const first = await vote(server, 'poll_demo_multi', token, ['opt_water'], { 'idempotency-key': key });
    const retry = await vote(server, 'poll_demo_multi', token, ['opt_water'], { 'idempotency-key': key });
    assert.equal(first.status, 201);
    assert.equal(retry.status, 201, 'the replay is the first response, not a 200 replacement');
    assert.equal(retry.text, first.text);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.notEqual(retry.headers.get('x-request-id'), first.headers.get('x-request-id'));
    const after = await countersOf(server, 'poll_demo_multi');
    assert.equal(after.results_version, before.results_version + 1, 'counted once');
    assert.equal(after.options.opt_water, before.options.opt_water! + 1);
  });

  it('the same key with another body is 422 idempotency-key-reused and changes nothing', async () => {
    const token = await newParticipant(server);
    const key = 'a7b1c2d3-0000-4000-8000-000000000002';
    await vote(server, 'poll_demo_multi', token, ['opt_bomen'], { 'idempotency-key': key });
    const before = await countersOf(server, 'poll_demo_multi');
    const other = await vote(server, 'poll_demo_multi', token, ['opt_bankjes'], { 'idempotency-key': key });
    assert.equal(other.status, 422);
    assert.equal(other.body.code, 'idempotency-key-reused');
    assert.deepEqual(await countersOf(server, 'poll_demo_multi'), before);
  });

  it('a key sent again by another participant is refused (422), never replayed to them', async () => {
    const key = 'a7b1c2d3-0000-4000-8000-000000000003';
    const a = await vote(server, 'poll_demo_multi', await newParticipant(server), ['opt_bomen'], { 'idempotency-key': key });
    const b = await vote(server, 'poll_demo_multi', await newParticipant(server), ['opt_bomen'], { 'idempotency-key': key });
    assert.equal(a.status, 201);
    assert.equal(b.status, 422);
    assert.equal(b.body.code, 'idempotency-key-reused');
  });

  it('a duplicate while the first is still in flight is 409 idempotency-key-in-use', async () => {
    const key = 'a7b1c2d3-0000-4000-8000-000000000004';
    // Claim the key exactly as an in-flight POST /participants would, then send that request.
    const fingerprint = requestFingerprint({ method: 'POST', path: '/v1/participants', body: undefined, credential: hashToken(server.siteKey) });
    const ctx = { db: server.app.inspraak.db, now: () => new Date() };
    assert.deepEqual(await beginIdempotent(ctx, 'site_demo', key, fingerprint), { kind: 'proceed' });
    const response = await call(server.baseUrl, 'createParticipant', {
      method: 'POST',
      path: '/participants',
      headers: { 'inspraak-site-key': server.siteKey, 'idempotency-key': key },
    });
    assert.equal(response.status, 409);
    assert.equal(response.body.code, 'idempotency-key-in-use');
    assert.equal(response.headers.get('retry-after'), '1');
  });

  it('createParticipant: a retry gets the same token, and only one participant is stored', async () => {
    const db = server.app.inspraak.db;
    const count = async () => (await db.selectFrom('participants').select('id').execute()).length;
    const before = await count();
    const headers = { 'inspraak-site-key': server.siteKey, 'idempotency-key': 'a7b1c2d3-0000-4000-8000-000000000005' };
    const a = await call(server.baseUrl, 'createParticipant', { method: 'POST', path: '/participants', headers });
    const b = await call(server.baseUrl, 'createParticipant', { method: 'POST', path: '/participants', headers });
    assert.equal(a.body.token, b.body.token);
    assert.equal(await count(), before + 1);
  });

  it('createPoll: replays 201 with its Location; closePoll: replays 200 instead of 409', async () => {
    const headers = { ...adminHeaders(server), 'idempotency-key': 'a7b1c2d3-0000-4000-8000-000000000006' };
    const json = { question: 'Eenmaal?', options: [{ label: 'a' }, { label: 'b' }] };
    const a = await call(server.baseUrl, 'createPoll', { method: 'POST', path: '/admin/polls', headers, json });
    const b = await call(server.baseUrl, 'createPoll', { method: 'POST', path: '/admin/polls', headers, json });
    assert.equal(b.status, 201);
    assert.equal(b.headers.get('location'), a.headers.get('location'));
    assert.equal(b.body.id, a.body.id);
    const polls = await server.app.inspraak.db.selectFrom('polls').select('id').where('question', '=', 'Eenmaal?').execute();
    assert.equal(polls.length, 1);

    const closeHeaders = { ...adminHeaders(server), 'idempotency-key': 'a7b1c2d3-0000-4000-8000-000000000007' };
    const path = `/admin/polls/${a.body.id}/close`;
    const first = await call(server.baseUrl, 'closePoll', { method: 'POST', path, headers: closeHeaders });
    const again = await call(server.baseUrl, 'closePoll', { method: 'POST', path, headers: closeHeaders });
    assert.equal(first.status, 200);
    assert.equal(again.status, 200);
    const fresh = await call(server.baseUrl, 'closePoll', { method: 'POST', path, headers: adminHeaders(server) });
    assert.equal(fresh.status, 409);
  });
});

describe('idempotency keys over time', () => {
  it('expire after 24 hours; a claim never completed (a crash) is given up after a minute', async () => {
    const server = await startTestServer();
    try {
      let now = new Date('2026-11-26T10:00:00.000Z');
      const ctx = { db: server.app.inspraak.db, now: () => now };
      assert.deepEqual(await beginIdempotent(ctx, 'site_demo', 'key-aaaaaaaa', 'fp-1'), { kind: 'proceed' });
      now = new Date('2026-11-26T10:00:30.000Z');
      await assert.rejects(beginIdempotent(ctx, 'site_demo', 'key-aaaaaaaa', 'fp-1'), /still being handled/);
      now = new Date('2026-11-26T10:02:00.000Z');
      assert.deepEqual(await beginIdempotent(ctx, 'site_demo', 'key-aaaaaaaa', 'fp-1'), { kind: 'proceed' }, 'abandoned claim taken over');

      await finishIdempotent(ctx, 'site_demo', 'key-aaaaaaaa', { status: 201, headers: {}, body: '{}' });
      now = new Date('2026-11-27T09:00:00.000Z');
      await assert.rejects(beginIdempotent(ctx, 'site_demo', 'key-aaaaaaaa', 'fp-2'), /another request/);
      now = new Date('2026-11-27T10:03:00.000Z');
      assert.deepEqual(await beginIdempotent(ctx, 'site_demo', 'key-aaaaaaaa', 'fp-2'), { kind: 'proceed' }, 'expired after 24 h');
    } finally {
      await server.close();
    }
  });
});
