/** Idea boards through the SDK against the real server: resident calls, the admin flow, retries. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoBoardId, demoCommentId, demoIdeaIds, demoReviewBoardId } from '../../server/src/db/demo-seed.ts';
import { startTestServer } from '../../server/src/testing.ts';
import { createClient, InspraakApiError, type ClientOptions, type Idea, type ModerationItem } from '../src/index.ts';
import { recordingFetch, type Fetch } from './recording-fetch.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const resident = (options: Partial<ClientOptions> = {}) =>
  createClient({ baseUrl: server.baseUrl, siteKey: server.siteKey, participantStore: new Map(), ...options });
const admin = (options: Partial<ClientOptions> = {}) => createClient({ baseUrl: server.baseUrl, adminToken: server.adminToken, ...options });

async function apiError(promise: Promise<unknown>): Promise<InspraakApiError> {
  const error = await promise.then(
    () => assert.fail('expected the call to fail'),
    (error: unknown) => error,
  );
  assert.ok(error instanceof InspraakApiError, `an InspraakApiError, got ${String(error)}`);
  return error;
}

/** The first matching request reaches the server, but its answer is lost on the way back. */
function losingFirstResponse(matches: (request: Request) => boolean): Fetch {
  let lost = false;
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    if (lost || !matches(request)) return response;
    lost = true;
    await response.arrayBuffer();
    throw new TypeError('fetch failed', { cause: new Error('socket hang up') });
  };
}

describe('boards and ideas', () => {
  test('ideas.eraseByReceipt erases the idea for good; erasing again and a wrong receipt are 404', async () => {
    const author = resident();
    const { idea, receipt } = await author.ideas.create(demoBoardId, { title: 'Een picknicktafel bij de vijver', categoryId: 'cat_groen', displayName: 'Sam' });
    await resident().ideas.support(idea.id);
    const erasure = await author.ideas.eraseByReceipt(receipt.token);
    assert.deepEqual(erasure, { ideaId: idea.id, erased: { idea: true, comments: 0, supports: 1, flags: 0 } });
    assert.equal((await apiError(author.ideas.byReceipt(receipt.token))).status, 404);
    assert.equal((await apiError(resident().ideas.get(idea.id))).status, 404);
    const again = await apiError(author.ideas.eraseByReceipt(receipt.token));
    assert.equal(again.status, 404);
    assert.equal(again.code, 'not-found');
    assert.equal((await apiError(author.ideas.eraseByReceipt('nope'))).status, 422);
  });

  test('admin.ideas.erase erases an idea by id; 404 once erased', async () => {
    const { idea, receipt } = await resident().ideas.create(demoBoardId, { title: 'Een idee dat de gemeente wist', categoryId: 'cat_groen' });
    const erasure = await admin().admin.ideas.erase(idea.id);
    assert.deepEqual(erasure, { ideaId: idea.id, erased: { idea: true, comments: 0, supports: 0, flags: 0 } });
    assert.equal((await apiError(resident().ideas.byReceipt(receipt.token))).status, 404);
    assert.equal((await apiError(admin().admin.ideas.erase(idea.id))).status, 404);
  });

  test('boards.get reads a board', async () => {
    const board = await resident().boards.get(demoBoardId);
    assert.equal(board.title, 'Ideeën voor het Stationsplein');
    assert.equal(board.supportThreshold, 100);
    assert.equal((await apiError(resident().boards.get('board_nope'))).status, 404);
  });

  test('pre-moderated: create → moderation queue → approve → list → support → the count changes', async () => {
    const author = resident();
    const submission = await author.ideas.create(demoReviewBoardId, {
      title: 'Een stille leeskamer op de eerste verdieping',
      description: 'Om rustig te lezen.',
      categoryId: 'cat_anders',
      displayName: 'Noor',
    });
    const { idea, receipt } = submission;
    assert.equal(idea.moderation.state, 'pending');
    // The SDK resolves the contract's receipt path on the API's origin: the address a resident keeps.
    assert.equal(receipt.url, new URL(receipt.path, server.baseUrl).href);
    assert.equal((await author.ideas.byReceipt(receipt.token)).moderation.state, 'pending');
    assert.equal((await apiError(resident().ideas.get(idea.id))).status, 404, 'not public yet');

    const queued: ModerationItem[] = [];
    for await (const item of admin().admin.ideas.iterateQueue({ boardId: demoReviewBoardId, limit: 1 })) queued.push(item);
    assert.ok(queued.some((item) => item.type === 'idea' && item.idea?.id === idea.id && item.reason === 'pending'));

    const approved = await admin().admin.ideas.approve(idea.id);
    assert.equal(approved.moderation.state, 'published');
    const page = await resident().ideas.list(demoReviewBoardId);
    assert.ok(page.items.some((item) => item.id === idea.id));

    const supporter = resident();
    const support = await supporter.ideas.support(idea.id);
    assert.deepEqual(support, { ideaId: idea.id, supported: true, supportCount: 1 });
    const seen = await supporter.ideas.get(idea.id);
    assert.equal(seen.supportCount, 1);
    assert.equal(seen.supportedByMe, true);
    assert.equal((await resident().ideas.get(idea.id)).supportedByMe, false);
    const listed = (await supporter.ideas.list(demoReviewBoardId)).items.find((item) => item.id === idea.id)!;
    assert.equal(listed.supportedByMe, true, 'list sends the stored participant token');
    assert.equal((await supporter.ideas.unsupport(idea.id)).supportCount, 0);
  });

  test('iterate walks every page of a board, and stops fetching when the loop stops', async () => {
    const board = await admin().admin.boards.create({ title: 'Paginabord', categories: [{ id: 'cat_a', label: 'A' }] });
    const client = resident();
    for (let i = 0; i < 5; i++) await client.ideas.create(board.id, { title: `Idee ${i} voor paginering`, categoryId: 'cat_a' });
    const recorder = recordingFetch();
    const ideas: Idea[] = [];
    for await (const idea of resident({ fetch: recorder.fetch }).ideas.iterate(board.id, { limit: 2 })) ideas.push(idea);
    assert.deepEqual(ideas.map((i) => i.title), [4, 3, 2, 1, 0].map((i) => `Idee ${i} voor paginering`));
    const pages = recorder.to(`/boards/${board.id}/ideas`, 'GET');
    assert.equal(pages.length, 3);
    assert.equal(pages[0]?.url.searchParams.get('limit'), '2');
    assert.equal(pages[1]?.url.searchParams.get('cursor') !== null, true);

    const stopping = recordingFetch();
    for await (const idea of resident({ fetch: stopping.fetch }).ideas.iterate(board.id, { limit: 1, sort: 'most-supported' })) {
      assert.ok(idea.id);
      break;
    }
    assert.equal(stopping.to(`/boards/${board.id}/ideas`, 'GET').length, 1);
  });

  test('create whose response was lost is retried with the same Idempotency-Key and stored once', async () => {
    const recorder = recordingFetch(losingFirstResponse((request) => request.method === 'POST' && request.url.endsWith('/ideas')));
    const title = 'Een idee waarvan het antwoord verdwijnt';
    const submission = await resident({ fetch: recorder.fetch }).ideas.create(demoBoardId, { title, categoryId: 'cat_groen' });
    const posts = recorder.to(`/boards/${demoBoardId}/ideas`, 'POST');
    assert.equal(posts.length, 2);
    assert.equal(posts[1]!.headers.get('idempotency-key'), posts[0]!.headers.get('idempotency-key'));
    const all: Idea[] = [];
    for await (const idea of resident().ideas.iterate(demoBoardId, { limit: 100 })) all.push(idea);
    assert.deepEqual(all.filter((idea) => idea.title === title).map((idea) => idea.id), [submission.idea.id]);
  });

  test('similar finds an idea despite a typo', async () => {
    const found = await resident().ideas.similar(demoBoardId, 'meer bomen op het statoinsplein');
    assert.equal(found[0]?.id, demoIdeaIds[0]);
    assert.ok(found.length <= 5);
  });

  test('comments: list, create, reply; a reply to a reply is a 422 on /parentId', async () => {
    const client = resident();
    const top = await client.ideas.comments.create(demoIdeaIds[1], { body: 'Goed plan' });
    const reply = await client.ideas.comments.create(demoIdeaIds[1], { body: 'Ja!', parentId: top.id });
    assert.equal(reply.parentId, top.id);
    const comments = [];
    for await (const comment of client.ideas.comments.iterate(demoIdeaIds[1], { limit: 1 })) comments.push(comment.id);
    assert.deepEqual(comments, [top.id, reply.id]);
    assert.deepEqual((await client.ideas.comments.list(demoIdeaIds[1], { limit: 1 })).items.map((c) => c.id), [top.id]);
    const error = await apiError(client.ideas.comments.create(demoIdeaIds[1], { body: 'Diep', parentId: reply.id }));
    assert.equal(error.status, 422);
    assert.equal(error.fieldErrors()['/parentId']?.[0]?.code, 'reply-to-reply');
  });

  test('flag an idea or a comment; it shows in the moderation queue', async () => {
    const client = resident();
    const flag = await client.ideas.flag({ ideaId: demoIdeaIds[2] }, { reason: 'off-topic' });
    assert.equal(flag.targetType, 'idea');
    const commentFlag = await client.ideas.flag({ commentId: demoCommentId }, { reason: 'spam', detail: 'Reclame' });
    assert.equal(commentFlag.targetId, demoCommentId);
    const queue = await admin().admin.ideas.queue({ boardId: demoBoardId, limit: 100 });
    assert.ok(queue.items.some((item) => item.type === 'idea' && item.idea?.id === demoIdeaIds[2] && item.reason === 'flagged'));
    const hidden = await admin().admin.ideas.hideComment(demoCommentId, { reasonCode: 'spam' });
    assert.equal(hidden.moderation.state, 'hidden');
    const restored = await admin().admin.ideas.approveComment(demoCommentId);
    assert.equal(restored.moderation.state, 'published');
  });
});

describe('ideas hidden by a moderator', () => {
  test('ideas.list gives ideas only unless asked for notices; ideas.get of a hidden idea is 410 with its reason', async () => {
    const board = await admin().admin.boards.create({ title: 'Bord met een verborgen idee', categories: [{ id: 'cat_x', label: 'X' }] });
    const { idea: kept } = await resident().ideas.create(board.id, { title: 'Een idee dat blijft staan', categoryId: 'cat_x' });
    const { idea: hidden } = await resident().ideas.create(board.id, { title: 'Koop nu goedkope zonnepanelen', categoryId: 'cat_x' });
    await admin().admin.ideas.hide(hidden.id, { reasonCode: 'spam', note: 'Reclame' });

    // Without `hidden`, the items are typed and sent as ideas, as before notices existed.
    assert.deepEqual((await resident().ideas.list(board.id)).items.map((idea) => idea.title), [kept.title]);
    const titles: string[] = [];
    for await (const idea of resident().ideas.iterate(board.id)) titles.push(idea.title);
    assert.deepEqual(titles, [kept.title]);

    const page = await resident().ideas.list(board.id, { hidden: 'notices' });
    assert.deepEqual(
      page.items.map((item) => ('hidden' in item ? `hidden: ${item.hiddenReasonCode}` : item.title)),
      ['hidden: spam', kept.title],
    );
    const gone = await apiError(resident().ideas.get(hidden.id));
    assert.equal(gone.status, 410);
    assert.equal(gone.kind, 'not-found');
    assert.equal(gone.code, 'idea-hidden');
    assert.equal(gone.problem?.hiddenReasonCode, 'spam');
  });
});

describe('admin.boards and admin.ideas', () => {
  test('admin.boards.list pages newest first with every setting; iterate walks every page', async () => {
    const client = admin();
    const created = [];
    for (const title of ['Lijstbord 1', 'Lijstbord 2', 'Lijstbord 3']) {
      created.push(await client.admin.boards.create({ title, categories: [{ id: 'cat_x', label: 'X' }], moderation: 'pre', answerWithinDays: 21 }));
    }
    const first = await client.admin.boards.list({ limit: 2 });
    assert.deepEqual(first.items, [created[2], created[1]], 'newest first, the whole board');
    assert.ok(first.nextCursor);
    const second = await client.admin.boards.list({ limit: 2, cursor: first.nextCursor! });
    assert.deepEqual(second.items[0], created[0]);
    const everything: string[] = [];
    for await (const board of client.admin.boards.iterate({ limit: 2 })) everything.push(board.id);
    assert.deepEqual(everything.slice(0, 3), created.map((board) => board.id).reverse());
    assert.ok(everything.includes(demoBoardId));
    assert.equal(new Set(everything).size, everything.length);
  });

  test('create and update a board; status, answer and hide an idea; export CSV', async () => {
    const client = admin();
    const board = await client.admin.boards.create({ title: 'Bord van de SDK', categories: [{ id: 'cat_x', label: 'X' }], supportThreshold: 10 });
    const updated = await client.admin.boards.update(board.id, { description: 'Uitleg', supportThreshold: null });
    assert.equal(updated.description, 'Uitleg');
    assert.equal(updated.supportThreshold, null);
    const { idea, receipt } = await resident().ideas.create(board.id, { title: 'Een idee voor de beheerder', categoryId: 'cat_x' });

    const considered = await client.admin.ideas.setStatus(idea.id, { status: 'under-consideration', note: 'We kijken' });
    assert.equal(considered.status, 'under-consideration');
    const refused = await apiError(client.admin.ideas.setStatus(idea.id, { status: 'implemented' }));
    assert.equal(refused.status, 409);
    assert.equal(refused.code, 'status-transition-not-allowed');
    const answered = await client.admin.ideas.answer(idea.id, 'Dank u wel.');
    assert.equal(answered.officialAnswer?.text, 'Dank u wel.');
    const hidden = await client.admin.ideas.hide(idea.id, { reasonCode: 'off-topic', note: 'Buiten ons gebied' });
    assert.deepEqual(hidden.moderation, { state: 'hidden', hiddenReasonCode: 'off-topic', hiddenReason: 'Buiten ons gebied' });
    assert.deepEqual((await resident().ideas.byReceipt(receipt.token)).moderation, hidden.moderation);
    assert.equal((await apiError(resident().ideas.support(idea.id))).status, 404, 'no support on a hidden idea');

    const csv = await client.admin.ideas.exportCsv(board.id);
    const lines = csv.trim().split(/\r?\n/);
    assert.match(lines[0]!, /^idea_id,/);
    assert.ok(lines[1]?.startsWith(`${idea.id},`));
    assert.notEqual(csv.charCodeAt(0), 0xfeff);
  });

  test('answersDue lists an idea once it crosses the support threshold, until the city answers', async () => {
    const client = admin();
    const board = await client.admin.boards.create({ title: 'Drempelbord', categories: [{ id: 'cat_x', label: 'X' }], supportThreshold: 1, answerWithinDays: 14 });
    const { idea } = await resident().ideas.create(board.id, { title: 'Een idee dat steun krijgt', categoryId: 'cat_x' });
    assert.deepEqual((await client.admin.ideas.answersDue({ boardId: board.id })).items, []);
    const supportedAt = Date.now();
    await resident().ideas.support(idea.id);
    const { items } = await client.admin.ideas.answersDue({ boardId: board.id });
    assert.deepEqual(items.map((item) => [item.idea?.id, item.overdue]), [[idea.id, false]]);
    const days = (Date.parse(items[0]!.dueAt) - supportedAt) / 86_400_000;
    assert.ok(days > 13.99 && days < 14.01, `due in ${days} days`);
    await client.admin.ideas.answer(idea.id, 'Wij gaan het doen.');
    assert.deepEqual((await client.admin.ideas.answersDue({ boardId: board.id })).items, []);
  });

  test('without an admin token: 401', async () => {
    const error = await apiError(createClient({ baseUrl: server.baseUrl }).admin.ideas.answer(demoIdeaIds[0], 'Hallo'));
    assert.equal(error.status, 401);
  });
});
