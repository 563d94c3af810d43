import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { databaseFileName } from '../src/db/open-database.ts';
import { startTestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { createPoll, newParticipant, results, vote, voterHeaders } from './support/fixtures.ts';

describe('persistence', () => {
  it('keeps polls, ballots, counters, tokens and the client-address secret across a restart', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'inspraak-restart-'));
    try {
      const first = await startTestServer({ dataDir });
      const poll = await createPoll(first, { question: 'Blijft?', options: [{ label: 'a' }, { label: 'b' }], resultsVisibility: 'always' });
      const token = await newParticipant(first);
      await vote(first, poll.id, token, [poll.options[1]!.id]);
      const secretOf = async (server: typeof first) =>
        (await server.app.inspraak.db.selectFrom('server_secrets').select('value').where('name', '=', 'client-address').executeTakeFirstOrThrow()).value;
      const secret = await secretOf(first);
      assert.match(secret, /^[0-9a-f]{64}$/);
      await first.close();

      const second = await startTestServer({ dataDir });
      try {
        const counted = await results(second, poll.id);
        assert.equal(counted.body.totalBallots, 1);
        assert.equal(counted.body.version, 1);
        const mine = await call(second.baseUrl, 'getMyBallot', { path: `/polls/${poll.id}/ballot`, headers: voterHeaders(second, token) });
        assert.deepEqual(mine.body.ballot.optionIds, [poll.options[1]!.id], 'the participant token still works');
        assert.equal(await secretOf(second), secret, 'the secret is not regenerated');
        // The demo seed is idempotent: still exactly one demo site and two demo polls.
        const sites = await second.app.inspraak.db.selectFrom('sites').select('id').execute();
        assert.deepEqual(sites.map((s) => s.id), ['site_demo']);
      } finally {
        await second.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('runs SQLite in WAL mode with foreign keys on, in the data dir', async () => {
    const server = await startTestServer();
    try {
      const db = server.app.inspraak.db;
      const pragma = async (name: string) => Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as object)[0];
      assert.equal(await pragma('journal_mode'), 'wal');
      assert.equal(await pragma('foreign_keys'), 1);
      assert.equal(await pragma('synchronous'), 1, 'NORMAL');
      assert.ok((await pragma('busy_timeout')) as number > 0);
      assert.equal(server.app.inspraak.database.file, path.join(server.dataDir, databaseFileName));
    } finally {
      await server.close();
    }
  });

  it('does not keep client addresses in the clear', async () => {
    const server = await startTestServer();
    try {
      const token = await newParticipant(server);
      await vote(server, 'poll_demo', token, ['opt_groen']);
      const db = server.app.inspraak.db;
      const rows = [...(await db.selectFrom('participants').selectAll().execute()), ...(await db.selectFrom('ballots').selectAll().execute())];
      assert.ok(rows.length >= 2);
      for (const row of rows) {
        assert.ok(row.client_hash && row.client_hash.length >= 40, 'an HMAC is kept');
        assert.ok(!JSON.stringify(row).includes('127.0.0.1'), 'no address in participants or ballots');
      }
      await server.app.inspraak.database.close();
      const file = await readFile(path.join(server.dataDir, databaseFileName));
      const wal = await readFile(path.join(server.dataDir, `${databaseFileName}-wal`)).catch(() => Buffer.alloc(0));
      for (const bytes of [file, wal]) assert.ok(!bytes.includes(token), 'no participant token in the database files');
    } finally {
      await server.close();
    }
  });
});
