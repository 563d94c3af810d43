import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';

describe('POST /participants (createParticipant)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('issues a token and stores only its SHA-256 hash', async () => {
    const response = await call(server.baseUrl, 'createParticipant', {
      method: 'POST',
      path: '/participants',
      headers: { 'inspraak-site-key': server.siteKey },
    });
    assert.equal(response.status, 201);
    const { token } = response.body as { token: string };
    assert.match(token, /^pt_[A-Za-z0-9_-]{20,}$/);
    const rows = await server.app.inspraak.db.selectFrom('participants').selectAll().execute();
    const row = rows.find((r) => r.token_hash === createHash('sha256').update(token).digest('hex'));
    assert.ok(row, 'hash stored');
    assert.equal(row.site_id, 'site_demo');
    assert.ok(!JSON.stringify(rows).includes(token), 'the token itself is nowhere in the table');
    assert.ok(row.client_hash && !row.client_hash.includes('127.0.0.1'), 'the client address is kept only as an HMAC');
  });

  it('accepts an empty JSON body', async () => {
    const response = await call(server.baseUrl, 'createParticipant', {
      method: 'POST',
      path: '/participants',
      headers: { 'inspraak-site-key': server.siteKey, 'content-type': 'application/json' },
      body: '',
    });
    assert.equal(response.status, 201);
  });

  it('issues a different token each time', async () => {
    const headers = { 'inspraak-site-key': server.siteKey };
    const a = await call(server.baseUrl, 'createParticipant', { method: 'POST', path: '/participants', headers });
    const b = await call(server.baseUrl, 'createParticipant', { method: 'POST', path: '/participants', headers });
    assert.notEqual(a.body.token, b.body.token);
  });

  it('refuses a missing site key with 401', async () => {
    const response = await call(server.baseUrl, 'createParticipant', { method: 'POST', path: '/participants' });
    assert.equal(response.status, 401);
    assert.equal(response.body.code, 'site-key-missing');
  });

  it('refuses an unknown site key with 401 and stores nothing', async () => {
    const before = await server.app.inspraak.db.selectFrom('participants').select('id').execute();
    const response = await call(server.baseUrl, 'createParticipant', {
      method: 'POST',
      path: '/participants',
      headers: { 'inspraak-site-key': 'pk_wrong' },
    });
    assert.equal(response.status, 401);
    assert.equal(response.body.code, 'site-key-unknown');
    const afterRows = await server.app.inspraak.db.selectFrom('participants').select('id').execute();
    assert.equal(afterRows.length, before.length);
  });

  it('refuses a malformed Idempotency-Key with 400 pointing at the header', async () => {
    const response = await call(server.baseUrl, 'createParticipant', {
      method: 'POST',
      path: '/participants',
      headers: { 'inspraak-site-key': server.siteKey, 'idempotency-key': 'short' },
    });
    assert.equal(response.status, 400);
    assert.deepEqual(response.body.errors.map((e: { pointer: string }) => e.pointer), ['#/header/Idempotency-Key']);
  });
});
