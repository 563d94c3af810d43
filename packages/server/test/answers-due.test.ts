import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { adminHeaders, newParticipant, voterHeaders } from './support/fixtures.ts';
import { createBoard, submitIdea } from './support/idea-fixtures.ts';

const day = 86_400_000;

describe('answer deadlines (answerWithinDays, answerDueAt, listAnswersDue)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const support = async (ideaId: string, token: string, supported = true) =>
    call(server.baseUrl, supported ? 'supportIdea' : 'unsupportIdea', { method: supported ? 'PUT' : 'DELETE', path: `/ideas/${ideaId}/support`, headers: voterHeaders(server, token) });
  const due = async (query = '') => (await call(server.baseUrl, 'listAnswersDue', { path: `/admin/answers-due${query}`, headers: adminHeaders(server) })).body;
  const idea = async (ideaId: string) => (await call(server.baseUrl, 'getIdea', { path: `/ideas/${ideaId}`, headers: { 'inspraak-site-key': server.siteKey } })).body;

  it('the support that reaches the threshold starts the deadline once; a withdrawal does not take it back; an answer ends it', async () => {
    const board = await createBoard(server, { supportThreshold: 2, answerWithinDays: 10 });
    assert.equal(board.answerWithinDays, 10);
    const { idea: sent } = await submitIdea(server, board.id);
    const [first, second] = [await newParticipant(server), await newParticipant(server)];
    await support(sent.id, first);
    assert.equal((await idea(sent.id)).answerDueAt, null, 'below the threshold no answer is owed');
    const reachedAt = Date.now();
    await support(sent.id, second);
    const dueAt = (await idea(sent.id)).answerDueAt as string;
    assert.ok(Math.abs(Date.parse(dueAt) - (reachedAt + 10 * day)) < 60_000, `due ten days after the threshold, got ${dueAt}`);
    await support(sent.id, second, false);
    assert.equal((await idea(sent.id)).answerDueAt, dueAt, 'a withdrawal below the threshold keeps the deadline');
    await support(sent.id, second);
    assert.equal((await idea(sent.id)).answerDueAt, dueAt, 'reaching the threshold again does not move it');

    const listed = await due(`?boardId=${board.id}`);
    assert.deepEqual(listed.items.map((item: any) => [item.idea.id, item.dueAt, item.overdue]), [[sent.id, dueAt, false]]);

    const answered = await call(server.baseUrl, 'answerIdea', { method: 'PUT', path: `/admin/ideas/${sent.id}/answer`, headers: adminHeaders(server), json: { text: 'We zetten het op de agenda.' } });
    assert.equal(answered.status, 200, answered.text);
    assert.deepEqual((await due(`?boardId=${board.id}`)).items, [], 'an answered idea is no longer due');
  });

  it('lists soonest due first and marks the overdue ones; boards without a deadline owe nothing', async () => {
    const board = await createBoard(server, { supportThreshold: 1, answerWithinDays: 5 });
    const noDeadline = await createBoard(server, { supportThreshold: 1 });
    const { idea: later } = await submitIdea(server, board.id);
    const { idea: sooner } = await submitIdea(server, board.id);
    const { idea: free } = await submitIdea(server, noDeadline.id);
    for (const id of [later.id, sooner.id, free.id]) await support(id, await newParticipant(server));
    assert.equal((await idea(free.id)).answerDueAt, null);
    // A deadline that has passed: moved back in the database, as time would.
    await server.app.inspraak.db.updateTable('ideas').set({ answer_due_at: new Date(Date.now() - day).toISOString() }).where('id', '=', sooner.id).execute();
    const listed = await due(`?boardId=${board.id}`);
    assert.deepEqual(listed.items.map((item: any) => [item.idea.id, item.overdue]), [[sooner.id, true], [later.id, false]]);
    assert.deepEqual((await due(`?boardId=${noDeadline.id}`)).items, []);
    const paged = await due(`?boardId=${board.id}&limit=1`);
    assert.equal(paged.items.length, 1);
    const next = await call(server.baseUrl, 'listAnswersDue', { path: `/admin/answers-due?boardId=${board.id}&limit=1&cursor=${paged.nextCursor}`, headers: adminHeaders(server) });
    assert.equal(next.body.items[0].idea.id, later.id);
  });

  it('a board takes, changes and clears its deadline; out-of-range values are 422', async () => {
    const board = await createBoard(server);
    assert.equal(board.answerWithinDays, null);
    const set = await call(server.baseUrl, 'updateBoard', { method: 'PATCH', path: `/admin/boards/${board.id}`, headers: adminHeaders(server), json: { answerWithinDays: 30 } });
    assert.equal(set.body.answerWithinDays, 30);
    const cleared = await call(server.baseUrl, 'updateBoard', { method: 'PATCH', path: `/admin/boards/${board.id}`, headers: adminHeaders(server), json: { answerWithinDays: null } });
    assert.equal(cleared.body.answerWithinDays, null);
    for (const days of [0, 366, 1.5]) {
      const bad = await call(server.baseUrl, 'updateBoard', { method: 'PATCH', path: `/admin/boards/${board.id}`, headers: adminHeaders(server), json: { answerWithinDays: days } });
      assert.equal(bad.status, 422, String(days));
      assert.equal(bad.body.errors[0].pointer, '/answerWithinDays');
    }
  });
});
