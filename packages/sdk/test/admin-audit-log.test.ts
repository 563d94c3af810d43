/** The audit log's calls against the real server: a page, the next page by cursor, every page, the CSV. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer } from '../../server/src/testing.ts';
import { createClient, InspraakApiError, type AuditEntry, type ClientOptions } from '../src/index.ts';
import { recordingFetch } from './recording-fetch.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const admin = (options: Partial<ClientOptions> = {}) => createClient({ baseUrl: server.baseUrl, adminToken: server.adminToken, ...options });

describe('admin.auditLog', () => {
  test('list holds what a script did, newest first: who, the action, its subject, the changed fields before and after', async () => {
    const client = admin();
    const poll = await client.admin.polls.create({ question: 'Logboek?', options: [{ label: 'Ja' }, { label: 'Nee' }] });
    await client.admin.polls.close(poll.id);

    const [closed, created] = (await client.admin.auditLog.list({ limit: 2 })).items;
    assert.deepEqual(
      [closed, created].map((entry) => [entry?.action, entry?.subject.type, entry?.subject.id]),
      [
        ['closePoll', 'poll', poll.id],
        ['createPoll', 'poll', poll.id],
      ],
    );
    assert.deepEqual(closed!.actor, { kind: 'admin-token', email: null, role: null });
    assert.deepEqual(closed!.before, { closes_at: null });
    assert.equal(typeof closed!.after?.closes_at, 'string');
    assert.equal(created!.before, null);
    assert.ok(Date.parse(closed!.at) >= Date.parse(created!.at));
  });

  test('list pages with a cursor, and iterate walks every page', async () => {
    const client = admin();
    for (let index = 0; index < 3; index++) await client.admin.polls.create({ question: `Pagina ${index}?`, options: [{ label: 'Ja' }, { label: 'Nee' }] });
    const first = await client.admin.auditLog.list({ limit: 2 });
    assert.equal(first.items.length, 2);
    assert.equal(typeof first.nextCursor, 'string');
    const second = await client.admin.auditLog.list({ limit: 2, cursor: first.nextCursor! });
    assert.ok(second.items.length >= 1);
    const firstIds = new Set(first.items.map((entry) => entry.id));
    assert.ok(second.items.every((entry) => !firstIds.has(entry.id)), 'the second page continues the first');

    const everything = await client.admin.auditLog.list({ limit: 100 });
    assert.equal(everything.nextCursor, null);
    const recorder = recordingFetch();
    const seen: AuditEntry[] = [];
    for await (const entry of admin({ fetch: recorder.fetch }).admin.auditLog.iterate({ limit: 2 })) seen.push(entry);
    assert.deepEqual(
      seen.map((entry) => entry.id),
      everything.items.map((entry) => entry.id),
    );
    const pages = recorder.to('/admin/audit-log', 'GET');
    assert.equal(pages.length, Math.ceil(everything.items.length / 2));
    assert.equal(pages[1]?.url.searchParams.get('cursor'), first.nextCursor);
  });

  test('exportCsv returns the whole log as CSV text, oldest first, without the byte-order mark', async () => {
    const client = admin();
    const poll = await client.admin.polls.create({ question: 'Naar het logboek?', options: [{ label: 'Ja' }, { label: 'Nee' }] });
    const csv = await client.admin.auditLog.exportCsv();
    const lines = csv.trimEnd().split('\r\n');
    assert.equal(lines[0], 'at,actor,role,action,subject_type,subject_id,before,after');
    assert.match(lines.at(-1)!, new RegExp(`,admin token,,createPoll,poll,${poll.id},`));
    assert.equal(lines.length - 1, (await client.admin.auditLog.list({ limit: 100 })).items.length);
    assert.notEqual(csv.charCodeAt(0), 0xfeff);
  });

  test('a wrong admin token is refused with a 401', async () => {
    const stranger = admin({ adminToken: 'sk_wrong', retry: 0 });
    for (const call of [stranger.admin.auditLog.list(), stranger.admin.auditLog.exportCsv()]) {
      const error = await call.then(
        () => assert.fail('expected the call to fail'),
        (error: unknown) => error,
      );
      assert.ok(error instanceof InspraakApiError, String(error));
      assert.equal(error.status, 401);
    }
  });
});
