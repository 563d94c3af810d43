// Demo data only when asked (`--demo`, INSPRAAK_DEMO=1): without it nothing is seeded and the
// published demo keys are refused, even in a database where an earlier demo run left the demo site.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { demoAdminToken, demoMapId, demoPollId, demoSiteKey } from '../src/db/demo-seed.ts';
import { createSite } from '../src/services/site-service.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';

describe('demo mode off (production)', () => {
  it('a fresh database gets no site, no poll, no board, no map', async () => {
    const server = await startTestServer({ demo: false });
    try {
      const db = server.app.inspraak.db;
      for (const table of ['sites', 'polls', 'boards', 'maps'] as const) {
        assert.deepEqual(await db.selectFrom(table).select('id').execute(), [], table);
      }
    } finally {
      await server.close();
    }
  });

  describe('over a database that a demo run seeded', () => {
    let dataDir: string;
    let server: TestServer;
    let ownKeys: { publicKey: string; adminToken: string };
    before(async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), 'inspraak-demo-off-'));
      const demoRun = await startTestServer({ dataDir, demo: true });
      const proof = await call(demoRun.baseUrl, 'listPolls', { path: '/admin/polls', headers: { authorization: `Bearer ${demoAdminToken}` } });
      assert.equal(proof.status, 200, 'in demo mode the demo admin token works');
      await demoRun.close();
      server = await startTestServer({ dataDir, demo: false });
      const { site, adminToken } = await createSite(
        { db: server.app.inspraak.db, now: () => new Date() },
        { name: 'Gemeente Echt', origins: ['https://www.echt.nl'] },
      );
      ownKeys = { publicKey: site.publicKey, adminToken };
    });
    after(async () => {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    });

    it('refuses the demo admin token with a problem that names demo mode', async () => {
      const response = await call(server.baseUrl, 'listPolls', { path: '/admin/polls', headers: { authorization: `Bearer ${demoAdminToken}` } });
      assert.equal(response.status, 401);
      assert.equal(response.body.code, 'demo-mode-off');
      assert.match(response.body.detail, /only in demo mode.*--demo or INSPRAAK_DEMO=1/);
      assert.equal(response.headers.get('www-authenticate'), 'Bearer');
    });

    it('refuses the demo site key for resident operations and Open311', async () => {
      const poll = await call(server.baseUrl, 'getPoll', { path: `/polls/${demoPollId}`, headers: { 'inspraak-site-key': demoSiteKey } });
      assert.equal(poll.status, 401);
      assert.equal(poll.body.code, 'demo-mode-off');
      const participant = await call(server.baseUrl, 'createParticipant', { method: 'POST', path: '/participants', headers: { 'inspraak-site-key': demoSiteKey } });
      assert.equal(participant.status, 401);
      const open311 = await fetch(`${server.origin}/open311/v2/services.json?jurisdiction_id=${demoMapId}&api_key=${demoSiteKey}`);
      assert.equal(open311.status, 401);
      assert.match(JSON.stringify(await open311.json()), /only in demo mode/);
    });

    it('does not show the demo site on a hosted page, whose widget could not work', async () => {
      const page = await fetch(`${server.origin}/embed/poll/${demoPollId}`);
      assert.equal(page.status, 404);
    });

    it('still serves a real site', async () => {
      const created = await call(server.baseUrl, 'createPoll', {
        method: 'POST',
        path: '/admin/polls',
        headers: { authorization: `Bearer ${ownKeys.adminToken}` },
        json: { id: 'poll_echt', question: 'Werkt het?', options: [{ label: 'Ja' }, { label: 'Nee' }] },
      });
      assert.equal(created.status, 201);
      const read = await call(server.baseUrl, 'getPoll', { path: '/polls/poll_echt', headers: { 'inspraak-site-key': ownKeys.publicKey } });
      assert.equal(read.status, 200);
    });
  });
});
