// `inspraak backup` while a real server process takes ballots and ideas over HTTP: the copy,
// restored into a fresh data folder, holds every write acknowledged before the backup began, is
// internally consistent, and carries the client-address secret.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { demoAdminToken, demoBoardId, demoMultiPollId, demoMultiPollOptions, demoSiteKey } from '../src/db/demo-seed.ts';
import { databaseFileName } from '../src/db/open-database.ts';
import { startTestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { runEntry, startServe, type ServeProcess } from './support/run-process.ts';

const unlimited = {
  INSPRAAK_RATE_LIMIT_CLIENT: '0',
  INSPRAAK_RATE_LIMIT_POLL_BALLOTS: '0',
  INSPRAAK_RATE_LIMIT_BOARD_WRITES: '0',
};

/** Filler rows, so the copy takes several steps of 1024 pages while the server writes. */
function padDatabase(dataDir: string, megabytes: number) {
  const db = new SqliteDatabase(path.join(dataDir, databaseFileName));
  db.pragma('journal_mode = WAL');
  db.exec('create table test_padding (data blob not null)');
  const insert = db.prepare('insert into test_padding (data) values (?)');
  db.transaction(() => {
    for (let i = 0; i < megabytes * 256; i += 1) insert.run(randomBytes(4096));
  })();
  db.close();
}

interface Acknowledged {
  ballots: Array<{ token: string; optionId: string }>;
  ideas: string[];
}

/** Writers that vote and submit ideas as fast as the server answers, recording each 201. */
function startWriters(baseUrl: string, count: number) {
  const acknowledged: Acknowledged = { ballots: [], ideas: [] };
  let stopped = false;
  const site = { 'inspraak-site-key': demoSiteKey };
  const loop = async (writer: number) => {
    for (let n = 0; !stopped; n += 1) {
      const participant = await call(baseUrl, 'createParticipant', { method: 'POST', path: '/participants', headers: site });
      assert.equal(participant.status, 201, participant.text);
      const headers = { ...site, 'inspraak-participant-token': participant.body.token };
      const optionId = demoMultiPollOptions[n % demoMultiPollOptions.length]!.id;
      const ballot = await call(baseUrl, 'castBallot', { method: 'POST', path: `/polls/${demoMultiPollId}/ballots`, headers, json: { optionIds: [optionId] } });
      assert.equal(ballot.status, 201, ballot.text);
      acknowledged.ballots.push({ token: participant.body.token, optionId });
      const idea = await call(baseUrl, 'createIdea', {
        method: 'POST',
        path: `/boards/${demoBoardId}/ideas`,
        headers,
        json: { title: `Idee ${writer}-${n} voor het plein`, description: 'Geschreven tijdens de back-up.', categoryId: 'cat_groen' },
      });
      assert.equal(idea.status, 201, idea.text);
      acknowledged.ideas.push(idea.body.idea.id);
    }
  };
  const running = Promise.all(Array.from({ length: count }, (_, writer) => loop(writer)));
  return {
    acknowledged,
    snapshot: (): Acknowledged => ({ ballots: [...acknowledged.ballots], ideas: [...acknowledged.ideas] }),
    async stop() {
      stopped = true;
      await running;
    },
  };
}

describe('inspraak backup', () => {
  let dataDir: string;
  let restoreDir: string;
  let server: ServeProcess | undefined;
  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'inspraak-backup-'));
    restoreDir = await mkdtemp(path.join(tmpdir(), 'inspraak-restore-'));
  });
  after(async () => {
    server?.child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    await rm(restoreDir, { recursive: true, force: true });
  });

  it('under write load: the restored copy holds every write acknowledged before the backup began', async (t) => {
    padDatabase(dataDir, 48);
    server = await startServe(['--demo'], { INSPRAAK_DATA_DIR: dataDir, ...unlimited });
    const writers = startWriters(server.baseUrl, 8);
    while (writers.acknowledged.ideas.length < 20) await new Promise((resolve) => setTimeout(resolve, 20));

    const before = writers.snapshot();
    const file = path.join(restoreDir, 'copy.sqlite');
    const started = Date.now();
    // A step-by-step backup restarts whenever the server writes between two steps: under this load
    // it never ends. Give up after a minute.
    const result = await runEntry('src/cli.ts', ['backup', file], { INSPRAAK_DATA_DIR: dataDir }, undefined, 60_000);
    const seconds = (Date.now() - started) / 1000;
    const duringBackup = writers.acknowledged.ideas.length - before.ideas.length;
    await writers.stop();
    assert.equal(result.code, 0, `after ${seconds} s: ${result.stderr}`);
    assert.ok(result.stderr.includes(`Database: ${path.join(dataDir, databaseFileName)}`), result.stderr);
    assert.match(result.stderr, /\d0% of \d\d\.\d MB/, 'progress for a big database');
    assert.match(result.stdout, new RegExp(`Backup written to ${file.replace(/[.]/g, '\\.')} \\(\\d\\d\\.\\d MB`));
    assert.ok(duringBackup > 0, 'the server took writes while the backup ran');
    t.diagnostic(`${result.stdout.trim()} Wall time with the CLI's start: ${seconds} s; ${duringBackup} ideas (and as many ballots) acknowledged meanwhile.`);
    assert.deepEqual((await readdir(restoreDir)).sort(), ['copy.sqlite'], 'no partial file or -wal beside the copy');

    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0);
    server = undefined;
    const original = new SqliteDatabase(path.join(dataDir, databaseFileName), { readonly: true });
    const originalSecret = original.prepare("select value from server_secrets where name = 'client-address'").pluck().get();
    original.close();

    await copyFile(file, path.join(restoreDir, databaseFileName));
    const restored = await startTestServer({ dataDir: restoreDir });
    try {
      for (const id of before.ideas) {
        const idea = await call(restored.baseUrl, 'getIdea', { path: `/ideas/${id}`, headers: { 'inspraak-site-key': demoSiteKey } });
        assert.equal(idea.status, 200, `idea ${id} acknowledged before the backup`);
      }
      for (const { token, optionId } of before.ballots) {
        const mine = await call(restored.baseUrl, 'getMyBallot', {
          path: `/polls/${demoMultiPollId}/ballot`,
          headers: { 'inspraak-site-key': demoSiteKey, 'inspraak-participant-token': token },
        });
        assert.deepEqual(mine.body.ballot?.optionIds, [optionId], 'a ballot acknowledged before the backup');
      }
      // One snapshot: the counters agree with the rows they count.
      const db = restored.app.inspraak.db;
      const poll = await db.selectFrom('polls').select('total_ballots').where('id', '=', demoMultiPollId).executeTakeFirstOrThrow();
      const ballots = await db.selectFrom('ballots').select((eb) => eb.fn.countAll<number>().as('n')).where('poll_id', '=', demoMultiPollId).executeTakeFirstOrThrow();
      assert.equal(poll.total_ballots, Number(ballots.n));
      assert.ok(poll.total_ballots >= before.ballots.length);
      const secret = await db.selectFrom('server_secrets').select('value').where('name', '=', 'client-address').executeTakeFirstOrThrow();
      assert.equal(secret.value, originalSecret, 'the client-address secret comes along');
      const admin = await call(restored.baseUrl, 'listPolls', { path: '/admin/polls', headers: { authorization: `Bearer ${demoAdminToken}` } });
      assert.equal(admin.status, 200);
    } finally {
      await restored.close();
    }
  });

  it('never overwrites a file unless told (--force), and then replaces it whole', async () => {
    const file = path.join(restoreDir, 'existing.sqlite');
    await writeFile(file, 'an older backup');
    const refused = await runEntry('src/cli.ts', ['backup', file], { INSPRAAK_DATA_DIR: dataDir });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /already exists.*--force/);
    const missingFolder = await runEntry('src/cli.ts', ['backup', path.join(restoreDir, 'nope', 'x.sqlite')], { INSPRAAK_DATA_DIR: dataDir });
    assert.equal(missingFolder.code, 1);
    assert.match(missingFolder.stderr, /folder .*nope does not exist/);
    const forced = await runEntry('src/cli.ts', ['backup', file, '--force'], { INSPRAAK_DATA_DIR: dataDir });
    assert.equal(forced.code, 0, forced.stderr);
    const copy = new SqliteDatabase(file, { readonly: true });
    assert.equal(copy.pragma('quick_check', { simple: true }), 'ok');
    copy.close();
    const noDatabase = await runEntry('src/cli.ts', ['backup', path.join(restoreDir, 'y.sqlite')], { INSPRAAK_DATA_DIR: path.join(restoreDir, 'empty') });
    assert.equal(noDatabase.code, 1);
    assert.match(noDatabase.stderr, /No database at/);
  });
});
