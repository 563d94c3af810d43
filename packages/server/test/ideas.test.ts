import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoBoardId, demoCommentId, demoIdeaIds, demoReviewBoardId } from '../src/db/demo-seed.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { adminHeaders, newParticipant, siteHeaders, voterHeaders } from './support/fixtures.ts';
import { createBoard, ideaState, submitIdea } from './support/idea-fixtures.ts';

describe('ideas (resident)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  describe('GET /boards/{boardId} (getBoard)', () => {
    it('reads the demo board with an ETag; 304 for If-None-Match; 404 unknown; 401 without key', async () => {
      const response = await call(server.baseUrl, 'getBoard', { path: `/boards/${demoBoardId}`, headers: siteHeaders(server) });
      assert.equal(response.status, 200);
      assert.equal(response.body.title, 'Ideeën voor het Stationsplein');
      assert.equal(response.body.moderation, 'post');
      assert.equal(response.body.supportThreshold, 100);
      assert.deepEqual(response.body.categories.map((c: { label: string }) => c.label), ['Groen', 'Verkeer', 'Spelen', 'Anders']);
      const etag = response.headers.get('etag')!;
      const again = await call(server.baseUrl, 'getBoard', { path: `/boards/${demoBoardId}`, headers: { ...siteHeaders(server), 'if-none-match': etag } });
      assert.equal(again.status, 304);
      assert.equal((await call(server.baseUrl, 'getBoard', { path: '/boards/board_nope', headers: siteHeaders(server) })).status, 404);
      assert.equal((await call(server.baseUrl, 'getBoard', { path: `/boards/${demoBoardId}` })).status, 401);
    });
  });

  describe('POST /boards/{boardId}/ideas (createIdea)', () => {
    it('publishes at once on a post-moderated board, with a receipt that is stored only as a hash', async () => {
      const token = await newParticipant(server);
      const response = await call(server.baseUrl, 'createIdea', {
        method: 'POST',
        path: `/boards/${demoBoardId}/ideas`,
        headers: voterHeaders(server, token),
        json: { title: 'Een speeltuin op het plein', description: 'Voor kinderen.', categoryId: 'cat_spelen', location: { lat: 52.1, lng: 5.1 }, place: 'Noordkant', displayName: 'Sam' },
      });
      assert.equal(response.status, 201);
      const { idea, receipt } = response.body;
      assert.equal(response.headers.get('location'), `/v1/ideas/${idea.id}`);
      assert.equal(idea.moderation.state, 'published');
      assert.equal(idea.status, 'submitted');
      assert.deepEqual(idea.location, { lat: 52.1, lng: 5.1 });
      assert.equal(idea.statusHistory.length, 1);
      assert.equal(receipt.ideaId, idea.id);
      assert.equal(receipt.path, `/receipts/idea?receipt=${receipt.token}`);
      const row = await server.app.inspraak.db.selectFrom('ideas').selectAll().where('id', '=', idea.id).executeTakeFirstOrThrow();
      assert.notEqual(row.receipt_hash, receipt.token);
      assert.ok(!JSON.stringify(row).includes(receipt.token), 'the token itself is not stored');
      const read = await call(server.baseUrl, 'getIdea', { path: `/ideas/${idea.id}`, headers: siteHeaders(server) });
      assert.equal(read.status, 200);
      assert.equal(read.body.title, 'Een speeltuin op het plein');
    });

    it('stores markup and javascript: links exactly as typed', async () => {
      const title = '<img src=x onerror=alert(1)> javascript:alert(1)';
      const { idea } = await submitIdea(server, demoBoardId, { title, description: '<script>alert(1)</script>', displayName: '"><b>x</b>' });
      const read = await call(server.baseUrl, 'getIdea', { path: `/ideas/${idea.id}`, headers: siteHeaders(server) });
      assert.equal(read.body.title, title);
      assert.equal(read.body.description, '<script>alert(1)</script>');
      assert.equal(read.body.displayName, '"><b>x</b>');
    });

    it('422 for every limit, 404 unknown board, 409 closed board, 401 without token; nothing stored', async () => {
      const token = await newParticipant(server);
      const before = await ideaState(server);
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [{ title: 'Te kort', categoryId: 'cat_groen' }, '/title', 'too-short'],
        [{ title: 'x'.repeat(121), categoryId: 'cat_groen' }, '/title', 'too-long'],
        [{ title: '          ', categoryId: 'cat_groen' }, '/title', 'invalid-format'],
        [{ title: 'Een goed idee voor iedereen', description: 'x'.repeat(5001), categoryId: 'cat_groen' }, '/description', 'too-long'],
        [{ title: 'Een goed idee voor iedereen' }, '/categoryId', 'required'],
        [{ title: 'Een goed idee voor iedereen', categoryId: 'cat_nope' }, '/categoryId', 'unknown-category'],
        [{ title: 'Een goed idee voor iedereen', categoryId: 'cat_groen', location: { lat: 91, lng: 5 } }, '/location/lat', 'too-large'],
        [{ title: 'Een goed idee voor iedereen', categoryId: 'cat_groen', location: { lat: 52 } }, '/location/lng', 'required'],
        [{ title: 'Een goed idee voor iedereen', categoryId: 'cat_groen', place: 'x'.repeat(201) }, '/place', 'too-long'],
        [{ title: 'Een goed idee voor iedereen', categoryId: 'cat_groen', displayName: 'x'.repeat(61) }, '/displayName', 'too-long'],
        [{ title: 'Een goed idee voor iedereen', categoryId: 'cat_groen', status: 'accepted' }, '/status', 'unknown-field'],
      ];
      for (const [json, pointer, code] of cases) {
        const response = await call(server.baseUrl, 'createIdea', { method: 'POST', path: `/boards/${demoBoardId}/ideas`, headers: voterHeaders(server, token), json });
        assert.equal(response.status, 422, JSON.stringify(json).slice(0, 80));
        assert.deepEqual(response.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]), [[pointer, code]], JSON.stringify(json).slice(0, 80));
      }
      const good = { title: 'Een goed idee voor iedereen', categoryId: 'cat_groen' };
      const unknownBoard = await call(server.baseUrl, 'createIdea', { method: 'POST', path: '/boards/board_nope/ideas', headers: voterHeaders(server, token), json: good });
      assert.equal(unknownBoard.status, 404);
      const noToken = await call(server.baseUrl, 'createIdea', { method: 'POST', path: `/boards/${demoBoardId}/ideas`, headers: siteHeaders(server), json: good });
      assert.equal(noToken.status, 401);
      const closed = await createBoard(server, { status: 'closed' });
      const afterBoard = await ideaState(server);
      const refused = await call(server.baseUrl, 'createIdea', { method: 'POST', path: `/boards/${closed.id}/ideas`, headers: voterHeaders(server, token), json: good });
      assert.equal(refused.status, 409);
      assert.equal(refused.body.code, 'board-closed');
      assert.deepEqual(await ideaState(server), afterBoard);
      assert.deepEqual((await ideaState(server)).ideas, before.ideas, 'no idea was stored');
    });

    it('replays the same response for a retried Idempotency-Key', async () => {
      const token = await newParticipant(server);
      const send = () =>
        call(server.baseUrl, 'createIdea', {
          method: 'POST',
          path: `/boards/${demoBoardId}/ideas`,
          headers: { ...voterHeaders(server, token), 'idempotency-key': 'idea-retry-0001' },
          json: { title: 'Een idee dat twee keer komt', categoryId: 'cat_anders' },
        });
      const first = await send();
      const second = await send();
      assert.equal(second.status, 201);
      assert.equal(second.headers.get('idempotent-replayed'), 'true');
      assert.equal(second.body.idea.id, first.body.idea.id);
      const rows = await server.app.inspraak.db.selectFrom('ideas').select('id').where('title', '=', 'Een idee dat twee keer komt').execute();
      assert.equal(rows.length, 1);
    });
  });

  describe('pre-moderation never leaks', () => {
    it('a pending idea is absent from get, list, similar, support, comments and flags, but its receipt shows it', async () => {
      const title = 'Zonnepanelen op het dak van de bibliotheek';
      const { idea, receipt } = await submitIdea(server, demoReviewBoardId, { title, categoryId: 'cat_anders' });
      assert.equal(idea.moderation.state, 'pending');
      const token = await newParticipant(server);
      const before = await ideaState(server);
      assert.equal((await call(server.baseUrl, 'getIdea', { path: `/ideas/${idea.id}`, headers: siteHeaders(server) })).status, 404);
      const list = await call(server.baseUrl, 'listIdeas', { path: `/boards/${demoReviewBoardId}/ideas`, headers: siteHeaders(server) });
      assert.ok(!list.body.items.some((i: { id: string }) => i.id === idea.id));
      const similar = await call(server.baseUrl, 'findSimilarIdeas', { path: `/boards/${demoReviewBoardId}/ideas/similar?q=${encodeURIComponent(title)}`, headers: siteHeaders(server) });
      assert.deepEqual(similar.body.items, []);
      const support = await call(server.baseUrl, 'supportIdea', { method: 'PUT', path: `/ideas/${idea.id}/support`, headers: voterHeaders(server, token) });
      assert.equal(support.status, 404);
      const comments = await call(server.baseUrl, 'listComments', { path: `/ideas/${idea.id}/comments`, headers: siteHeaders(server) });
      assert.equal(comments.status, 404);
      const comment = await call(server.baseUrl, 'createComment', { method: 'POST', path: `/ideas/${idea.id}/comments`, headers: voterHeaders(server, token), json: { body: 'Hallo' } });
      assert.equal(comment.status, 404);
      const flag = await call(server.baseUrl, 'flagIdea', { method: 'POST', path: `/ideas/${idea.id}/flags`, headers: voterHeaders(server, token), json: { reason: 'spam' } });
      assert.equal(flag.status, 404);
      assert.deepEqual(await ideaState(server), before, 'nothing changed');

      const byReceipt = await call(server.baseUrl, 'getIdeaByReceipt', { path: `/ideas/by-receipt?receipt=${receipt.token}`, headers: siteHeaders(server) });
      assert.equal(byReceipt.status, 200);
      assert.equal(byReceipt.body.id, idea.id);
      assert.equal(byReceipt.body.moderation.state, 'pending');
    });

    it('GET /ideas/by-receipt: 404 for an unknown token, 422 for a malformed or missing one, 401 without key', async () => {
      const unknown = `/ideas/by-receipt?receipt=irc_${'A'.repeat(32)}`;
      assert.equal((await call(server.baseUrl, 'getIdeaByReceipt', { path: unknown, headers: siteHeaders(server) })).status, 404);
      const malformed = await call(server.baseUrl, 'getIdeaByReceipt', { path: '/ideas/by-receipt?receipt=nope', headers: siteHeaders(server) });
      assert.equal(malformed.status, 422);
      assert.equal(malformed.body.errors[0].pointer, '#/query/receipt');
      assert.equal((await call(server.baseUrl, 'getIdeaByReceipt', { path: '/ideas/by-receipt', headers: siteHeaders(server) })).status, 422);
      assert.equal((await call(server.baseUrl, 'getIdeaByReceipt', { path: unknown })).status, 401);
    });
  });

  describe('GET /boards/{boardId}/ideas (listIdeas)', () => {
    it('pages newest first and by most supported, filters by category and status', async () => {
      const board = await createBoard(server);
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await submitIdea(server, board.id, { title: `Idee nummer ${i} voor het bord`, categoryId: i % 2 ? 'cat_verkeer' : 'cat_groen' })).idea.id);
      // Idea 1 gets two supports, idea 3 one.
      for (const [id, n] of [[ids[1]!, 2], [ids[3]!, 1]] as const) {
        for (let k = 0; k < n; k++) {
          await call(server.baseUrl, 'supportIdea', { method: 'PUT', path: `/ideas/${id}/support`, headers: voterHeaders(server, await newParticipant(server)) });
        }
      }
      const walk = async (query: string) => {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const response: any = await call(server.baseUrl, 'listIdeas', { path: `/boards/${board.id}/ideas?limit=2${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, headers: siteHeaders(server) });
          assert.equal(response.status, 200);
          assert.ok(response.body.items.length <= 2);
          seen.push(...response.body.items.map((i: { id: string }) => i.id));
          cursor = response.body.nextCursor;
        } while (cursor);
        return seen;
      };
      assert.deepEqual(await walk(''), [...ids].reverse());
      assert.deepEqual(await walk('&sort=most-supported'), [ids[1], ids[3], ids[4], ids[2], ids[0]]);
      assert.deepEqual(await walk('&category=cat_verkeer'), [ids[3], ids[1]]);
      assert.deepEqual(await walk('&status=accepted'), []);
      const first = await call(server.baseUrl, 'listIdeas', { path: `/boards/${board.id}/ideas?limit=2`, headers: siteHeaders(server) });
      const cached = await call(server.baseUrl, 'listIdeas', { path: `/boards/${board.id}/ideas?limit=2`, headers: { ...siteHeaders(server), 'if-none-match': first.headers.get('etag')! } });
      assert.equal(cached.status, 304);
    });

    it('hidden=notices: an idea hidden while public stands in its place as a notice with the reason only', async () => {
      const board = await createBoard(server);
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) ids.push((await submitIdea(server, board.id, { title: `Openbaar idee nummer ${i}`, place: 'Markt' })).idea.id);
      const fan = await newParticipant(server);
      for (const token of [fan, await newParticipant(server)]) {
        await call(server.baseUrl, 'supportIdea', { method: 'PUT', path: `/ideas/${ids[2]}/support`, headers: voterHeaders(server, token) });
      }
      const note = 'Er stond een telefoonnummer in.';
      await call(server.baseUrl, 'hideIdea', { method: 'POST', path: `/admin/ideas/${ids[2]}/hide`, headers: adminHeaders(server), json: { reasonCode: 'personal-data', note } });
      const notice = { id: ids[2], boardId: board.id, hidden: true, hiddenReasonCode: 'personal-data' };

      const pages = async (query: string, limit = 2) => {
        const items: any[] = [];
        const texts: string[] = [];
        let cursor: string | null = null;
        do {
          const response: any = await call(server.baseUrl, 'listIdeas', { path: `/boards/${board.id}/ideas?limit=${limit}${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, headers: voterHeaders(server, fan) });
          assert.equal(response.status, 200);
          items.push(...response.body.items);
          texts.push(response.text);
          cursor = response.body.nextCursor;
        } while (cursor);
        return { items, text: texts.join('') };
      };
      const newest = await pages('&hidden=notices');
      assert.deepEqual(newest.items.map((item) => item.id), [ids[3], ids[2], ids[1], ids[0]], 'in its place, newest first');
      assert.deepEqual(newest.items[1], notice, 'nothing of the idea but its id, board and public reason');
      for (const secret of ['Openbaar idee nummer 2', note, 'supportedByMe":true']) assert.ok(!newest.text.includes(secret), secret);
      // One a page, so a page ends with the notice: its cursor must not carry the hidden count (2).
      const supported = await pages('&hidden=notices&sort=most-supported', 1);
      assert.deepEqual(supported.items.map((item) => item.id), [ids[2], ids[3], ids[1], ids[0]], 'the place its supports gave it');
      assert.deepEqual(supported.items[0], notice);
      for (const cursor of supported.text.matchAll(/"nextCursor":"([^"]+)"/g)) {
        assert.ok(!JSON.parse(Buffer.from(cursor[1]!, 'base64url').toString()).includes(2), 'no support count of a hidden idea in a cursor');
      }

      assert.deepEqual((await pages('')).items.map((item) => item.id), [ids[3], ids[1], ids[0]], 'ideas only by default');
      for (const filter of ['&category=cat_groen', '&status=submitted']) {
        assert.ok(!(await pages(`&hidden=notices${filter}`)).items.some((item) => item.id === ids[2]), `no notice with ${filter}`);
      }

      const read = await call(server.baseUrl, 'getIdea', { path: `/ideas/${ids[2]}`, headers: siteHeaders(server) });
      assert.equal(read.status, 410);
      assert.equal(read.body.code, 'idea-hidden');
      assert.equal(read.body.hiddenReasonCode, 'personal-data');
      assert.ok(!read.text.includes(note) && !read.text.includes('Openbaar idee'), 'the problem tells the reason only');

      // Published again, it is an idea again, with the supports it had.
      await call(server.baseUrl, 'approveIdea', { method: 'POST', path: `/admin/ideas/${ids[2]}/approve`, headers: adminHeaders(server) });
      const back = (await pages('&hidden=notices')).items[1];
      assert.equal(back.title, 'Openbaar idee nummer 2');
      assert.equal(back.supportCount, 2);
    });

    it('hidden=notices: an idea hidden while it waited for review was never public, so it never shows', async () => {
      const board = await createBoard(server, { moderation: 'pre' });
      const { idea } = await submitIdea(server, board.id, { title: 'Nooit gepubliceerd idee' });
      await call(server.baseUrl, 'hideIdea', { method: 'POST', path: `/admin/ideas/${idea.id}/hide`, headers: adminHeaders(server), json: { reasonCode: 'spam' } });
      const list = await call(server.baseUrl, 'listIdeas', { path: `/boards/${board.id}/ideas?hidden=notices`, headers: siteHeaders(server) });
      assert.deepEqual(list.body, { items: [], nextCursor: null });
      const read = await call(server.baseUrl, 'getIdea', { path: `/ideas/${idea.id}`, headers: siteHeaders(server) });
      assert.equal(read.status, 404);
      assert.equal(read.body.hiddenReasonCode, undefined);
    });

    it('422 for a bad sort, limit, unknown category or a cursor of another sort; 404 unknown board', async () => {
      const newest = await call(server.baseUrl, 'listIdeas', { path: `/boards/${demoBoardId}/ideas?limit=1`, headers: siteHeaders(server) });
      const cases: Array<[string, string]> = [
        ['?sort=oldest', '#/query/sort'],
        ['?limit=0', '#/query/limit'],
        ['?category=cat_nope', '#/query/category'],
        ['?status=done', '#/query/status'],
        ['?hidden=all', '#/query/hidden'],
        [`?sort=most-supported&cursor=${encodeURIComponent(newest.body.nextCursor)}`, '#/query/cursor'],
      ];
      for (const [query, pointer] of cases) {
        const response = await call(server.baseUrl, 'listIdeas', { path: `/boards/${demoBoardId}/ideas${query}`, headers: siteHeaders(server) });
        assert.equal(response.status, 422, query);
        assert.equal(response.body.errors[0].pointer, pointer);
      }
      assert.equal((await call(server.baseUrl, 'listIdeas', { path: '/boards/board_nope/ideas', headers: siteHeaders(server) })).status, 404);
    });
  });

  describe('supports (supportIdea, unsupportIdea)', () => {
    it('PUT and DELETE are idempotent, the count is kept on write, supportedByMe follows the token', async () => {
      const { idea } = await submitIdea(server, demoBoardId, { title: 'Steun voor dit plan graag' });
      const token = await newParticipant(server);
      const put = () => call(server.baseUrl, 'supportIdea', { method: 'PUT', path: `/ideas/${idea.id}/support`, headers: voterHeaders(server, token) });
      const del = () => call(server.baseUrl, 'unsupportIdea', { method: 'DELETE', path: `/ideas/${idea.id}/support`, headers: voterHeaders(server, token) });
      assert.deepEqual((await put()).body, { ideaId: idea.id, supported: true, supportCount: 1 });
      assert.deepEqual((await put()).body, { ideaId: idea.id, supported: true, supportCount: 1 });
      const mine = await call(server.baseUrl, 'getIdea', { path: `/ideas/${idea.id}`, headers: voterHeaders(server, token) });
      assert.equal(mine.body.supportedByMe, true);
      assert.equal(mine.body.supportCount, 1);
      const anonymous = await call(server.baseUrl, 'getIdea', { path: `/ideas/${idea.id}`, headers: siteHeaders(server) });
      assert.equal(anonymous.body.supportedByMe, false);
      assert.deepEqual((await del()).body, { ideaId: idea.id, supported: false, supportCount: 0 });
      assert.deepEqual((await del()).body, { ideaId: idea.id, supported: false, supportCount: 0 });
    });

    it('404 on a hidden idea (nothing changes), 404 unknown idea, 401 without participant token', async () => {
      const { idea } = await submitIdea(server, demoBoardId, { title: 'Dit idee wordt verborgen' });
      const hidden = await call(server.baseUrl, 'hideIdea', { method: 'POST', path: `/admin/ideas/${idea.id}/hide`, headers: adminHeaders(server), json: { reasonCode: 'duplicate', note: 'Dubbel' } });
      assert.equal(hidden.status, 200);
      const before = await ideaState(server);
      const token = await newParticipant(server);
      assert.equal((await call(server.baseUrl, 'supportIdea', { method: 'PUT', path: `/ideas/${idea.id}/support`, headers: voterHeaders(server, token) })).status, 404);
      assert.equal((await call(server.baseUrl, 'unsupportIdea', { method: 'DELETE', path: `/ideas/${idea.id}/support`, headers: voterHeaders(server, token) })).status, 404);
      assert.equal((await call(server.baseUrl, 'supportIdea', { method: 'PUT', path: '/ideas/idea_nope/support', headers: voterHeaders(server, token) })).status, 404);
      assert.equal((await call(server.baseUrl, 'supportIdea', { method: 'PUT', path: `/ideas/${demoIdeaIds[0]}/support`, headers: siteHeaders(server) })).status, 401);
      assert.deepEqual(await ideaState(server), before);
    });
  });

  describe('comments (listComments, createComment)', () => {
    it('comments and one level of replies, oldest first, counted on write', async () => {
      const { idea } = await submitIdea(server, demoBoardId, { title: 'Een idee om over te praten' });
      const token = await newParticipant(server);
      const post = (json: Record<string, unknown>) =>
        call(server.baseUrl, 'createComment', { method: 'POST', path: `/ideas/${idea.id}/comments`, headers: voterHeaders(server, token), json });
      const top = await post({ body: 'Mooi plan', displayName: 'Ali' });
      assert.equal(top.status, 201);
      assert.equal(top.body.parentId, null);
      const reply = await post({ body: 'Eens!', parentId: top.body.id });
      assert.equal(reply.status, 201);
      assert.equal(reply.body.parentId, top.body.id);
      const list = await call(server.baseUrl, 'listComments', { path: `/ideas/${idea.id}/comments?limit=1`, headers: siteHeaders(server) });
      assert.deepEqual(list.body.items.map((c: { id: string }) => c.id), [top.body.id]);
      const next = await call(server.baseUrl, 'listComments', { path: `/ideas/${idea.id}/comments?limit=1&cursor=${encodeURIComponent(list.body.nextCursor)}`, headers: siteHeaders(server) });
      assert.deepEqual(next.body.items.map((c: { id: string }) => c.id), [reply.body.id]);
      const read = await call(server.baseUrl, 'getIdea', { path: `/ideas/${idea.id}`, headers: siteHeaders(server) });
      assert.equal(read.body.commentCount, 2);

      const before = await ideaState(server);
      const toReply = await post({ body: 'Diep', parentId: reply.body.id });
      assert.equal(toReply.status, 422);
      assert.deepEqual(toReply.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]), [['/parentId', 'reply-to-reply']]);
      const unknownParent = await post({ body: 'Waar?', parentId: demoCommentId });
      assert.equal(unknownParent.body.errors[0].code, 'unknown-comment', 'a comment on another idea is no parent');
      assert.equal((await post({ body: '' })).body.errors[0].code, 'too-short');
      assert.equal((await post({ body: '   ' })).body.errors[0].code, 'invalid-format');
      assert.equal((await post({ body: 'x'.repeat(2001) })).body.errors[0].code, 'too-long');
      assert.equal((await post({ body: 'Hoi', displayName: 'x'.repeat(61) })).body.errors[0].pointer, '/displayName');
      assert.deepEqual(await ideaState(server), before, 'nothing changed');
    });

    it('409 on a closed board; 404 for an unknown idea', async () => {
      const board = await createBoard(server);
      const { idea } = await submitIdea(server, board.id);
      const closed = await call(server.baseUrl, 'updateBoard', { method: 'PATCH', path: `/admin/boards/${board.id}`, headers: adminHeaders(server), json: { status: 'closed' } });
      assert.equal(closed.body.status, 'closed');
      const before = await ideaState(server);
      const token = await newParticipant(server);
      const refused = await call(server.baseUrl, 'createComment', { method: 'POST', path: `/ideas/${idea.id}/comments`, headers: voterHeaders(server, token), json: { body: 'Nog iets' } });
      assert.equal(refused.status, 409);
      assert.equal(refused.body.code, 'board-closed');
      assert.deepEqual(await ideaState(server), before);
      assert.equal((await call(server.baseUrl, 'listComments', { path: '/ideas/idea_nope/comments', headers: siteHeaders(server) })).status, 404);
    });
  });

  describe('flags (flagIdea, flagComment)', () => {
    it('a flag puts the idea or comment in the moderation queue, once per participant', async () => {
      const { idea } = await submitIdea(server, demoBoardId, { title: 'Een idee dat iemand meldt' });
      const token = await newParticipant(server);
      const first = await call(server.baseUrl, 'flagIdea', { method: 'POST', path: `/ideas/${idea.id}/flags`, headers: voterHeaders(server, token), json: { reason: 'offensive', detail: 'Grof' } });
      assert.equal(first.status, 201);
      assert.equal(first.body.targetType, 'idea');
      const again = await call(server.baseUrl, 'flagIdea', { method: 'POST', path: `/ideas/${idea.id}/flags`, headers: voterHeaders(server, token), json: { reason: 'spam' } });
      assert.equal(again.status, 200);
      assert.equal(again.body.id, first.body.id);
      const comment = await call(server.baseUrl, 'flagComment', { method: 'POST', path: `/comments/${demoCommentId}/flags`, headers: voterHeaders(server, token), json: { reason: 'personal-data' } });
      assert.equal(comment.status, 201);
      const queue = await call(server.baseUrl, 'listModerationQueue', { path: `/admin/moderation-queue?boardId=${demoBoardId}&limit=100`, headers: adminHeaders(server) });
      const ideaItem = queue.body.items.find((i: any) => i.type === 'idea' && i.idea.id === idea.id);
      assert.equal(ideaItem.reason, 'flagged');
      assert.equal(ideaItem.flagCount, 1);
      assert.deepEqual(ideaItem.flagReasons, ['offensive']);
      assert.ok(queue.body.items.some((i: any) => i.type === 'comment' && i.comment.id === demoCommentId));
    });

    it('422 for an unknown reason, 404 for unknown targets', async () => {
      const token = await newParticipant(server);
      const bad = await call(server.baseUrl, 'flagIdea', { method: 'POST', path: `/ideas/${demoIdeaIds[1]}/flags`, headers: voterHeaders(server, token), json: { reason: 'boring' } });
      assert.equal(bad.status, 422);
      assert.equal(bad.body.errors[0].pointer, '/reason');
      const long = await call(server.baseUrl, 'flagComment', { method: 'POST', path: `/comments/${demoCommentId}/flags`, headers: voterHeaders(server, token), json: { reason: 'other', detail: 'x'.repeat(501) } });
      assert.equal(long.status, 422);
      assert.equal((await call(server.baseUrl, 'flagComment', { method: 'POST', path: '/comments/cmt_nope/flags', headers: voterHeaders(server, token), json: { reason: 'spam' } })).status, 404);
    });
  });

  describe('GET /boards/{boardId}/ideas/similar (findSimilarIdeas)', () => {
    it('finds an idea despite a typo, ranks the closest first, at most 5', async () => {
      const board = await createBoard(server);
      const target = (await submitIdea(server, board.id, { title: 'Meer bomen langs de Kerkstraat', description: 'Schaduw in de zomer.' })).idea.id;
      await submitIdea(server, board.id, { title: 'Een zebrapad bij de school', description: 'Veilig oversteken.' });
      for (let i = 0; i < 6; i++) await submitIdea(server, board.id, { title: `Meer bankjes in het park ${i}`, description: 'Om te rusten.' });
      const response = await call(server.baseUrl, 'findSimilarIdeas', { path: `/boards/${board.id}/ideas/similar?q=${encodeURIComponent('meer boomen langs de kerkstrat')}`, headers: siteHeaders(server) });
      assert.equal(response.status, 200);
      assert.equal(response.body.items[0].id, target, JSON.stringify(response.body.items));
      assert.ok(response.body.items.length <= 5);
      assert.ok(!response.body.items.some((i: { title: string }) => i.title.includes('zebrapad')), 'an unrelated idea is not similar');
      const scores = response.body.items.map((i: { score: number }) => i.score);
      assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
    });

    it('never shows a hidden idea; FTS syntax in q is plain text; 422 for a short q; 404 unknown board', async () => {
      const board = await createBoard(server);
      const { idea } = await submitIdea(server, board.id, { title: 'Een hondenuitlaatplek in het park' });
      await call(server.baseUrl, 'hideIdea', { method: 'POST', path: `/admin/ideas/${idea.id}/hide`, headers: adminHeaders(server), json: { reasonCode: 'duplicate', note: 'Al gepland' } });
      const hidden = await call(server.baseUrl, 'findSimilarIdeas', { path: `/boards/${board.id}/ideas/similar?q=hondenuitlaatplek`, headers: siteHeaders(server) });
      assert.deepEqual(hidden.body.items, []);
      const syntax = await call(server.baseUrl, 'findSimilarIdeas', { path: `/boards/${board.id}/ideas/similar?q=${encodeURIComponent('"NEAR( OR * -')}`, headers: siteHeaders(server) });
      assert.equal(syntax.status, 200);
      assert.equal((await call(server.baseUrl, 'findSimilarIdeas', { path: `/boards/${board.id}/ideas/similar?q=ab`, headers: siteHeaders(server) })).status, 422);
      assert.equal((await call(server.baseUrl, 'findSimilarIdeas', { path: `/boards/${board.id}/ideas/similar`, headers: siteHeaders(server) })).status, 422);
      assert.equal((await call(server.baseUrl, 'findSimilarIdeas', { path: '/boards/board_nope/ideas/similar?q=bomen', headers: siteHeaders(server) })).status, 404);
    });
  });
});

describe('ideas: rate limit per board', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ env: { INSPRAAK_RATE_LIMIT_BOARD_WRITES: '2' } });
  });
  after(() => server.close());

  it('429 with Retry-After and RateLimit headers once a board had its writes; nothing changed', async () => {
    const token = await newParticipant(server);
    const support = () => call(server.baseUrl, 'supportIdea', { method: 'PUT', path: `/ideas/${demoIdeaIds[0]}/support`, headers: voterHeaders(server, token) });
    assert.equal((await support()).status, 200);
    assert.equal((await support()).status, 200);
    const before = await ideaState(server);
    const limited = await call(server.baseUrl, 'createIdea', {
      method: 'POST',
      path: `/boards/${demoBoardId}/ideas`,
      headers: voterHeaders(server, token),
      json: { title: 'Een idee te veel voor nu', categoryId: 'cat_groen' },
    });
    assert.equal(limited.status, 429);
    assert.equal(limited.body.code, 'rate-limited');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.match(limited.headers.get('ratelimit-policy')!, /^"board-writes";q=2;w=60$/);
    assert.deepEqual(await ideaState(server), before);
    // Another board has its own quota.
    const other = await call(server.baseUrl, 'createIdea', {
      method: 'POST',
      path: `/boards/${demoReviewBoardId}/ideas`,
      headers: voterHeaders(server, token),
      json: { title: 'Een idee op een ander bord', categoryId: 'cat_groen' },
    });
    assert.equal(other.status, 201);
  });
});
