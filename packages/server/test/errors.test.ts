import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { newParticipant, vote } from './support/fixtures.ts';

describe('unexpected errors', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('become a 500 problem that tells nothing about the inside, and free the Idempotency-Key', async () => {
    const token = await newParticipant(server);
    const db = server.app.inspraak.db;
    await sql`alter table ballots rename to ballots_away`.execute(db);
    const key = 'e5e5e5e5-0000-4000-8000-000000000001';
    let broken;
    try {
      broken = await vote(server, 'poll_demo', token, ['opt_groen'], { 'idempotency-key': key });
    } finally {
      await sql`alter table ballots_away rename to ballots`.execute(db);
    }
    assert.equal(broken.status, 500);
    assert.equal(broken.body.code, 'internal-error');
    assert.ok(!/ballots|sqlite|table|at /i.test(broken.text), `no internals: ${broken.text}`);
    assert.ok(broken.body.detail.includes(broken.body.requestId));
    const stored = await db.selectFrom('idempotency_keys').select('key').where('key', '=', key).execute();
    assert.equal(stored.length, 0, 'a retry runs again rather than replaying the 500');
    const retry = await vote(server, 'poll_demo', token, ['opt_groen'], { 'idempotency-key': key });
    assert.equal(retry.status, 201);
  });
});
