import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoSiteId } from '../src/db/demo-seed.ts';
import { addStaffMember } from '../src/services/staff-service.ts';
import { createSite } from '../src/services/site-service.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { adminHeaders } from './support/fixtures.ts';
import { createBoard } from './support/idea-fixtures.ts';
import { createMapAsAdmin, smallMapInput } from './support/map-fixtures.ts';
import { fromConsole, serviceContext, signIn } from './support/staff-fixtures.ts';

// The staff console's lists of a site's boards and maps: the same paging as the polls list, so one
// set of checks runs for both.
const lists = [
  {
    operation: 'listBoards',
    path: '/admin/boards',
    create: (server: TestServer, title: string, headers?: Record<string, string>) =>
      headers
        ? call(server.baseUrl, 'createBoard', { method: 'POST', path: '/admin/boards', headers, json: { title, categories: [{ id: 'cat_a', label: 'A' }] } }).then((r) => r.body as { id: string })
        : createBoard(server, { title, supportThreshold: 50, answerWithinDays: 14, moderation: 'pre' }),
    editable: (item: Record<string, unknown>) => ({ moderation: item.moderation, supportThreshold: item.supportThreshold, answerWithinDays: item.answerWithinDays }),
    editableExpected: { moderation: 'pre', supportThreshold: 50, answerWithinDays: 14 },
  },
  {
    operation: 'listMaps',
    path: '/admin/maps',
    create: (server: TestServer, title: string, headers?: Record<string, string>) =>
      headers
        ? call(server.baseUrl, 'createMap', { method: 'POST', path: '/admin/maps', headers, json: smallMapInput({ title }) }).then((r) => r.body as { id: string })
        : createMapAsAdmin(server, smallMapInput({ title, moderation: 'pre' })),
    editable: (item: Record<string, any>) => ({ moderation: item.moderation, bounds: item.bounds, questions: item.categories[1].questions }),
    editableExpected: {
      moderation: 'pre',
      bounds: smallMapInput().bounds,
      questions: smallMapInput().categories[1]!.questions,
    },
  },
] as const;

describe('admin lists of boards and maps (listBoards, listMaps)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    await addStaffMember(serviceContext(server), demoSiteId, 'editor@utrecht.example', 'editor');
    await addStaffMember(serviceContext(server), demoSiteId, 'moderator@utrecht.example', 'moderator');
  });
  after(() => server.close());

  for (const list of lists) {
    describe(`GET ${list.path} (${list.operation})`, () => {
      it('pages newest first with an opaque cursor until nextCursor is null; every setting to edit is in the items', async () => {
        const created: string[] = [];
        for (let i = 0; i < 5; i++) created.push((await list.create(server, `Lijst ${i}`)).id);
        const seen: Array<Record<string, unknown> & { id: string }> = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
          const response = await call(server.baseUrl, list.operation, { path: `${list.path}${query}`, headers: adminHeaders(server) });
          assert.equal(response.status, 200);
          assert.equal(response.headers.get('cache-control'), 'no-store');
          assert.ok(response.body.items.length <= 2);
          seen.push(...response.body.items);
          cursor = response.body.nextCursor;
          pages++;
        } while (cursor && pages < 50);
        assert.equal(cursor, null);
        const ids = seen.map((item) => item.id);
        assert.equal(new Set(ids).size, ids.length, 'nothing twice');
        assert.deepEqual(ids.slice(0, 5), [...created].reverse(), 'newest first');
        assert.deepEqual(list.editable(seen[0]!), list.editableExpected);
      });

      it('lists only the site of the caller', async () => {
        const other = await createSite({ db: server.app.inspraak.db, now: () => new Date() }, { name: 'Ander', origins: ['https://a.example'] });
        const foreign = await list.create(server, 'Van een andere stad', { authorization: `Bearer ${other.adminToken}` });
        const ours = await call(server.baseUrl, list.operation, { path: `${list.path}?limit=100`, headers: adminHeaders(server) });
        assert.ok(!ours.body.items.some((item: { id: string }) => item.id === foreign.id));
        const theirs = await call(server.baseUrl, list.operation, { path: list.path, headers: { authorization: `Bearer ${other.adminToken}` } });
        assert.deepEqual(theirs.body.items.map((item: { id: string }) => item.id), [foreign.id]);
      });

      it('422 for a limit out of range or a cursor it did not give out (a polls cursor too)', async () => {
        const polls = await call(server.baseUrl, 'listPolls', { path: '/admin/polls?limit=1', headers: adminHeaders(server) });
        assert.ok(polls.body.nextCursor, 'the demo site has more than one poll');
        for (const [query, pointer] of [
          ['?limit=0', '#/query/limit'],
          ['?limit=101', '#/query/limit'],
          ['?cursor=bm9wZQ', '#/query/cursor'],
          [`?cursor=${encodeURIComponent(polls.body.nextCursor)}`, '#/query/cursor'],
        ]) {
          const response = await call(server.baseUrl, list.operation, { path: `${list.path}${query}`, headers: adminHeaders(server) });
          assert.equal(response.status, 422, query);
          assert.equal(response.body.errors[0].pointer, pointer);
        }
      });

      it('401 without a credential, 403 for an admin token from a browser; every staff role reads the list (a moderator finds a map\'s reports by it)', async () => {
        assert.equal((await call(server.baseUrl, list.operation, { path: list.path })).status, 401);
        const browser = await call(server.baseUrl, list.operation, { path: list.path, headers: { ...adminHeaders(server), origin: 'http://localhost:5173' } });
        assert.equal(browser.status, 403);
        const moderator = await call(server.baseUrl, list.operation, { path: list.path, headers: fromConsole(server, await signIn(server, 'moderator@utrecht.example'), demoSiteId) });
        assert.equal(moderator.status, 200);
        const editor = await call(server.baseUrl, list.operation, { path: list.path, headers: fromConsole(server, await signIn(server, 'editor@utrecht.example'), demoSiteId) });
        assert.equal(editor.status, 200);
      });
    });
  }
});
