import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoBoardId, demoReviewBoardId } from '../src/db/demo-seed.ts';
import { statusTransitions } from '../src/services/idea-status-machine.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { adminHeaders, newParticipant, siteHeaders, voterHeaders } from './support/fixtures.ts';
import { categories, createBoard, ideaState, submitIdea } from './support/idea-fixtures.ts';

const browser = (server: TestServer) => ({ ...adminHeaders(server), origin: 'http://localhost:3000' });

describe('admin ideas', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  describe('boards (createBoard, updateBoard)', () => {
    it('creates with defaults and Location; 409 for a taken id; 422 for bad input; 401/403', async () => {
      const created = await call(server.baseUrl, 'createBoard', { method: 'POST', path: '/admin/boards', headers: adminHeaders(server), json: { id: 'board_eigen', title: 'Eigen bord', categories } });
      assert.equal(created.status, 201);
      assert.equal(created.headers.get('location'), '/v1/boards/board_eigen');
      assert.equal(created.body.moderation, 'post');
      assert.equal(created.body.status, 'open');
      assert.equal(created.body.supportThreshold, null);
      const taken = await call(server.baseUrl, 'createBoard', { method: 'POST', path: '/admin/boards', headers: adminHeaders(server), json: { id: 'board_eigen', title: 'x', categories } });
      assert.equal(taken.status, 409);
      assert.equal(taken.body.code, 'board-exists');
      const before = await ideaState(server);
      for (const [json, pointer] of [
        [{ title: 'x', categories: [] }, '/categories'],
        [{ title: 'x', categories: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] }, '/categories/1/id'],
        [{ title: 'x', categories, moderation: 'sometimes' }, '/moderation'],
        [{ title: 'x', categories, supportThreshold: 0 }, '/supportThreshold'],
      ] as const) {
        const response = await call(server.baseUrl, 'createBoard', { method: 'POST', path: '/admin/boards', headers: adminHeaders(server), json });
        assert.equal(response.status, 422, JSON.stringify(json));
        assert.equal(response.body.errors[0].pointer, pointer);
      }
      assert.equal((await ideaState(server)).boards, before.boards, 'no board stored');
      assert.equal((await call(server.baseUrl, 'createBoard', { method: 'POST', path: '/admin/boards', json: { title: 'x', categories } })).status, 401);
      assert.equal((await call(server.baseUrl, 'createBoard', { method: 'POST', path: '/admin/boards', headers: browser(server), json: { title: 'x', categories } })).status, 403);
    });

    it('patches; refuses to drop a category in use (409); 404 unknown; 422 empty patch', async () => {
      const board = await createBoard(server);
      await submitIdea(server, board.id, { categoryId: 'cat_verkeer' });
      const patched = await call(server.baseUrl, 'updateBoard', {
        method: 'PATCH',
        path: `/admin/boards/${board.id}`,
        headers: { ...adminHeaders(server), 'content-type': 'application/merge-patch+json' },
        body: JSON.stringify({ title: 'Nieuw', supportThreshold: 50, categories: [...categories, { id: 'cat_extra', label: 'Extra' }] }),
      });
      assert.equal(patched.status, 200);
      assert.equal(patched.body.title, 'Nieuw');
      assert.equal(patched.body.supportThreshold, 50);
      const dropped = await call(server.baseUrl, 'updateBoard', { method: 'PATCH', path: `/admin/boards/${board.id}`, headers: adminHeaders(server), json: { categories: [categories[0]] } });
      assert.equal(dropped.status, 409);
      assert.equal(dropped.body.code, 'category-in-use');
      const read = await call(server.baseUrl, 'getBoard', { path: `/boards/${board.id}`, headers: siteHeaders(server) });
      assert.equal(read.body.categories.length, 3, 'unchanged');
      assert.equal((await call(server.baseUrl, 'updateBoard', { method: 'PATCH', path: '/admin/boards/board_nope', headers: adminHeaders(server), json: { title: 'x' } })).status, 404);
      assert.equal((await call(server.baseUrl, 'updateBoard', { method: 'PATCH', path: `/admin/boards/${board.id}`, headers: adminHeaders(server), json: {} })).status, 422);
    });
  });

  describe('moderation (listModerationQueue, approveIdea, hideIdea, approveComment, hideComment)', () => {
    it('pending ideas wait in the queue; approve publishes; hide shows the reason to the author only', async () => {
      const { idea, receipt } = await submitIdea(server, demoReviewBoardId, { title: 'Een leeshoek voor kinderen' });
      const queue = await call(server.baseUrl, 'listModerationQueue', { path: `/admin/moderation-queue?boardId=${demoReviewBoardId}`, headers: adminHeaders(server) });
      assert.equal(queue.status, 200);
      const item = queue.body.items.find((i: any) => i.idea.id === idea.id);
      assert.equal(item.type, 'idea');
      assert.equal(item.reason, 'pending');
      assert.equal(item.comment, null);

      const approved = await call(server.baseUrl, 'approveIdea', { method: 'POST', path: `/admin/ideas/${idea.id}/approve`, headers: adminHeaders(server) });
      assert.equal(approved.status, 200);
      assert.equal(approved.body.moderation.state, 'published');
      assert.equal((await call(server.baseUrl, 'getIdea', { path: `/ideas/${idea.id}`, headers: siteHeaders(server) })).status, 200);
      const after = await call(server.baseUrl, 'listModerationQueue', { path: `/admin/moderation-queue?boardId=${demoReviewBoardId}`, headers: adminHeaders(server) });
      assert.ok(!after.body.items.some((i: any) => i.idea.id === idea.id), 'out of the queue');

      const hidden = await call(server.baseUrl, 'hideIdea', { method: 'POST', path: `/admin/ideas/${idea.id}/hide`, headers: adminHeaders(server), json: { reasonCode: 'off-topic', note: 'Dit gaat over een ander gebouw.' } });
      assert.equal(hidden.body.moderation.state, 'hidden');
      const gone = await call(server.baseUrl, 'getIdea', { path: `/ideas/${idea.id}`, headers: siteHeaders(server) });
      assert.equal(gone.status, 410, 'hidden while public: gone, with the public reason');
      assert.equal(gone.body.hiddenReasonCode, 'off-topic');
      const mine = await call(server.baseUrl, 'getIdeaByReceipt', { path: `/ideas/by-receipt?receipt=${receipt.token}`, headers: siteHeaders(server) });
      assert.deepEqual(mine.body.moderation, { state: 'hidden', hiddenReasonCode: 'off-topic', hiddenReason: 'Dit gaat over een ander gebouw.' });

      const before = await ideaState(server);
      const twice = await call(server.baseUrl, 'hideIdea', { method: 'POST', path: `/admin/ideas/${idea.id}/hide`, headers: adminHeaders(server), json: { reasonCode: 'spam' } });
      assert.equal(twice.status, 409);
      assert.equal(twice.body.code, 'moderation-not-allowed');
      assert.equal((await call(server.baseUrl, 'hideIdea', { method: 'POST', path: `/admin/ideas/${idea.id}/hide`, headers: adminHeaders(server), json: { reason: 'Vrije tekst zonder code' } })).status, 422);
      assert.equal((await call(server.baseUrl, 'approveIdea', { method: 'POST', path: '/admin/ideas/idea_nope/approve', headers: adminHeaders(server) })).status, 404);
      assert.equal((await call(server.baseUrl, 'approveIdea', { method: 'POST', path: `/admin/ideas/${idea.id}/approve`, headers: browser(server) })).status, 403);
      assert.deepEqual(await ideaState(server), before);
    });

    it('the queue pages oldest first across ideas and comments without repeats', async () => {
      const board = await createBoard(server, { moderation: 'pre' });
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push((await submitIdea(server, board.id, { title: `Wachtend idee nummer ${i}` })).idea.id);
      await call(server.baseUrl, 'approveIdea', { method: 'POST', path: `/admin/ideas/${ids[0]}/approve`, headers: adminHeaders(server) });
      const token = await newParticipant(server);
      const comment = await call(server.baseUrl, 'createComment', { method: 'POST', path: `/ideas/${ids[0]}/comments`, headers: voterHeaders(server, token), json: { body: 'Wacht ook' } });
      assert.equal(comment.body.moderation.state, 'pending');
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: any = await call(server.baseUrl, 'listModerationQueue', { path: `/admin/moderation-queue?boardId=${board.id}&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, headers: adminHeaders(server) });
        seen.push(...page.body.items.map((i: any) => (i.type === 'idea' ? i.idea.id : i.comment.id)));
        cursor = page.body.nextCursor;
      } while (cursor);
      assert.deepEqual(seen, [ids[1], ids[2], comment.body.id]);

      const listed = () => call(server.baseUrl, 'listComments', { path: `/ideas/${ids[0]}/comments`, headers: siteHeaders(server) });
      assert.equal((await listed()).body.items.length, 0, 'a pending comment is not public');
      const approved = await call(server.baseUrl, 'approveComment', { method: 'POST', path: `/admin/comments/${comment.body.id}/approve`, headers: adminHeaders(server) });
      assert.equal(approved.body.moderation.state, 'published');
      assert.equal((await listed()).body.items.length, 1);
      const idea = () => call(server.baseUrl, 'getIdea', { path: `/ideas/${ids[0]}`, headers: siteHeaders(server) });
      assert.equal((await idea()).body.commentCount, 1);
      const hidden = await call(server.baseUrl, 'hideComment', { method: 'POST', path: `/admin/comments/${comment.body.id}/hide`, headers: adminHeaders(server), json: { reasonCode: 'personal-data' } });
      assert.deepEqual(hidden.body.moderation, { state: 'hidden', hiddenReasonCode: 'personal-data', hiddenReason: null }, 'the note is optional');
      assert.equal((await listed()).body.items.length, 0);
      assert.equal((await idea()).body.commentCount, 0, 'the count follows');
      assert.equal((await call(server.baseUrl, 'hideComment', { method: 'POST', path: `/admin/comments/${comment.body.id}/hide`, headers: adminHeaders(server), json: { reasonCode: 'spam' } })).status, 409);
      assert.equal((await call(server.baseUrl, 'approveComment', { method: 'POST', path: '/admin/comments/cmt_nope/approve', headers: adminHeaders(server) })).status, 404);
      assert.equal((await call(server.baseUrl, 'listModerationQueue', { path: '/admin/moderation-queue?cursor=bm9wZQ', headers: adminHeaders(server) })).status, 422);
      assert.equal((await call(server.baseUrl, 'listModerationQueue', { path: '/admin/moderation-queue' })).status, 401);
    });
  });

  describe('status and answer (setIdeaStatus, answerIdea)', () => {
    it('follows the state machine, records history; 409 for a disallowed change, nothing changed', async () => {
      const { idea } = await submitIdea(server, demoBoardId, { title: 'Een idee dat de stad oppakt' });
      const set = (status: string, note?: string) =>
        call(server.baseUrl, 'setIdeaStatus', { method: 'POST', path: `/admin/ideas/${idea.id}/status`, headers: adminHeaders(server), json: note ? { status, note } : { status } });
      const before = await ideaState(server);
      const skip = await set('accepted');
      assert.equal(skip.status, 409);
      assert.equal(skip.body.code, 'status-transition-not-allowed');
      assert.deepEqual(await ideaState(server), before, 'nothing changed');
      assert.equal((await set('under-consideration', 'We kijken ernaar')).status, 200);
      assert.equal((await set('accepted')).status, 200);
      const done = await set('implemented', 'Klaar!');
      assert.deepEqual(done.body.statusHistory.map((h: { status: string }) => h.status), ['submitted', 'under-consideration', 'accepted', 'implemented']);
      assert.equal(done.body.statusHistory[1].note, 'We kijken ernaar');
      assert.equal((await set('rejected')).status, 409, 'implemented is final');
      assert.equal((await set('finished')).status, 422);
      assert.equal((await call(server.baseUrl, 'setIdeaStatus', { method: 'POST', path: '/admin/ideas/idea_nope/status', headers: adminHeaders(server), json: { status: 'accepted' } })).status, 404);
      // The table itself: every status has its list, and the final ones have none.
      assert.deepEqual(statusTransitions.rejected, []);
      assert.deepEqual(statusTransitions.submitted, ['under-consideration']);
    });

    it('writes and replaces the official answer; 401 without admin token, 403 with Origin; nothing changed', async () => {
      const { idea } = await submitIdea(server, demoBoardId, { title: 'Een idee dat antwoord krijgt' });
      const answer = (text: string, headers = adminHeaders(server)) =>
        call(server.baseUrl, 'answerIdea', { method: 'PUT', path: `/admin/ideas/${idea.id}/answer`, headers, json: { text } });
      const before = await ideaState(server);
      const none = await call(server.baseUrl, 'answerIdea', { method: 'PUT', path: `/admin/ideas/${idea.id}/answer`, headers: siteHeaders(server), json: { text: 'Hallo' } });
      assert.equal(none.status, 401);
      assert.equal((await answer('Hallo', browser(server))).status, 403);
      assert.equal((await answer('x'.repeat(5001))).status, 422);
      assert.equal((await answer('   ')).status, 422);
      assert.deepEqual(await ideaState(server), before);
      const first = await answer('Wij gaan dit onderzoeken.');
      assert.equal(first.body.officialAnswer.text, 'Wij gaan dit onderzoeken.');
      const second = await answer('<b>Goedgekeurd</b>');
      assert.equal(second.body.officialAnswer.text, '<b>Goedgekeurd</b>');
      const read = await call(server.baseUrl, 'getIdea', { path: `/ideas/${idea.id}`, headers: siteHeaders(server) });
      assert.equal(read.body.officialAnswer.text, '<b>Goedgekeurd</b>');
      assert.equal((await call(server.baseUrl, 'answerIdea', { method: 'PUT', path: '/admin/ideas/idea_nope/answer', headers: adminHeaders(server), json: { text: 'x' } })).status, 404);
    });
  });

  describe('GET /admin/boards/{boardId}/ideas.csv (exportBoardIdeas)', () => {
    it('every idea in any state, through the shared CSV writer', async () => {
      const board = await createBoard(server, { moderation: 'pre' });
      await submitIdea(server, board.id, { title: '=HYPERLINK("x") een idee', description: 'Met "quotes", en komma' });
      const response = await call(server.baseUrl, 'exportBoardIdeas', { path: `/admin/boards/${board.id}/ideas.csv`, headers: adminHeaders(server) });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-disposition'), `attachment; filename="${board.id}-ideas.csv"`);
      // fetch's text() drops the byte-order mark; the shared writer's own test covers it.
      const lines = response.text.trim().split('\r\n');
      assert.match(lines[0]!, /^idea_id,created_at,title,description,category,status,moderation,hidden_reason_code,hidden_reason,supports/);
      assert.equal(lines.length, 2);
      assert.ok(lines[1]!.includes(`"'=HYPERLINK(""x"") een idee","Met ""quotes"", en komma",Groen,submitted,pending`), lines[1]);
      assert.equal((await call(server.baseUrl, 'exportBoardIdeas', { path: '/admin/boards/board_nope/ideas.csv', headers: adminHeaders(server) })).status, 404);
      assert.equal((await call(server.baseUrl, 'exportBoardIdeas', { path: `/admin/boards/${board.id}/ideas.csv` })).status, 401);
    });
  });
});
