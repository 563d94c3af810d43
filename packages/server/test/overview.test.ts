import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CompiledQuery, type KyselyPlugin } from 'kysely';
import { demoSiteId } from '../src/db/demo-seed.ts';
import { ballotsPerDay, commentsPerDay, ideasPerDay, reportsPerDay, supportsPerDay } from '../src/repositories/participation-repository.ts';
import { addStaffMember, createSignInLink } from '../src/services/staff-service.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { adminHeaders, createPoll, newParticipant, voterHeaders, vote } from './support/fixtures.ts';
import { createBoard, submitIdea } from './support/idea-fixtures.ts';
import { createMapAsAdmin, newReport, smallMapInput } from './support/map-fixtures.ts';
import { fromConsole, openSignInLink } from './support/staff-fixtures.ts';

// The console's overview (getParticipationOverview) on a server whose clock the test moves, so
// residents take part on different days; every response is checked against the contract by `call`.
describe('the overview of participation (getParticipationOverview)', () => {
  let server: TestServer;
  let clock = new Date('2026-11-20T10:00:00.000Z');
  const at = (iso: string) => (clock = new Date(iso));
  before(async () => {
    server = await startTestServer({ now: () => clock });
  });
  after(() => server.close());

  const overview = async (query = '', headers = adminHeaders(server)) => call(server.baseUrl, 'getParticipationOverview', { path: `/admin/overview${query}`, headers });
  const support = (ideaId: string, token: string) => call(server.baseUrl, 'supportIdea', { method: 'PUT', path: `/ideas/${ideaId}/support`, headers: voterHeaders(server, token) });
  const comment = (ideaId: string, token: string) =>
    call(server.baseUrl, 'createComment', { method: 'POST', path: `/ideas/${ideaId}/comments`, headers: voterHeaders(server, token), json: { body: 'Goed plan!' } });

  let poll: Awaited<ReturnType<typeof createPoll>>;
  let board: { id: string };
  let map: { id: string };

  it('counts per UTC day what residents did in each poll, board and map, with 0 for quiet days, and their totals', async () => {
    at('2026-11-20T10:00:00.000Z');
    poll = await createPoll(server, { question: 'Wat komt er op het plein?', options: [{ label: 'Bomen' }, { label: 'Bankjes' }] });
    board = await createBoard(server, { title: 'Ideeën voor het plein' });
    map = await createMapAsAdmin(server, smallMapInput({ title: 'Meldingen op het plein' }));
    const [first, second, third] = [await newParticipant(server), await newParticipant(server), await newParticipant(server)];
    // The first day: two ballots, an idea, a report; the last moment of the day still counts for it.
    await vote(server, poll.id, first, [poll.options[0]!.id]);
    const { idea } = await submitIdea(server, board.id, {}, first);
    await newReport(server, { category: 'bankje', ...smallMapInput().center }, map.id);
    at('2026-11-20T23:59:59.999Z');
    await vote(server, poll.id, second, [poll.options[1]!.id]);
    // The second day nothing; the third a ballot, an idea, a support and a comment.
    at('2026-11-22T00:00:00.000Z');
    await vote(server, poll.id, third, [poll.options[0]!.id]);
    await submitIdea(server, board.id, { title: 'Een fontein op het plein' }, second);
    assert.equal((await support(idea.id, third)).status, 200);
    assert.equal((await comment(idea.id, third)).status, 201);

    at('2026-11-22T15:00:00.000Z');
    const response = await overview('?from=2026-11-20&to=2026-11-22');
    assert.equal(response.status, 200, response.text);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const body = response.body;
    assert.deepEqual([body.from, body.to, body.timeZone], ['2026-11-20', '2026-11-22', 'UTC']);
    const ours = body.polls.find((item: any) => item.id === poll.id);
    assert.deepEqual(ours, {
      id: poll.id,
      question: 'Wat komt er op het plein?',
      status: 'open',
      totals: { ballots: 3 },
      days: [
        { date: '2026-11-20', ballots: 2 },
        { date: '2026-11-21', ballots: 0 },
        { date: '2026-11-22', ballots: 1 },
      ],
    });
    const ourBoard = body.boards.find((item: any) => item.id === board.id);
    assert.deepEqual(ourBoard.days, [
      { date: '2026-11-20', ideas: 1, supports: 0, comments: 0 },
      { date: '2026-11-21', ideas: 0, supports: 0, comments: 0 },
      { date: '2026-11-22', ideas: 1, supports: 1, comments: 1 },
    ]);
    assert.deepEqual(ourBoard.totals, { ideas: 2, supports: 1, comments: 1 });
    assert.equal(ourBoard.status, 'open');
    const ourMap = body.maps.find((item: any) => item.id === map.id);
    assert.deepEqual(ourMap, {
      id: map.id,
      title: 'Meldingen op het plein',
      status: 'open',
      totals: { reports: 1 },
      days: [
        { date: '2026-11-20', reports: 1 },
        { date: '2026-11-21', reports: 0 },
        { date: '2026-11-22', reports: 0 },
      ],
    });

    // One day: only that day counts.
    const oneDay = (await overview('?from=2026-11-22&to=2026-11-22')).body;
    assert.deepEqual(oneDay.polls.find((item: any) => item.id === poll.id).days, [{ date: '2026-11-22', ballots: 1 }]);
  });

  it('without a period: the last 30 days up to today (UTC), every day listed', async () => {
    at('2026-11-22T23:30:00.000Z');
    const body = (await overview()).body;
    assert.deepEqual([body.from, body.to], ['2026-10-24', '2026-11-22']);
    const ours = body.polls.find((item: any) => item.id === poll.id);
    assert.equal(ours.days.length, 30);
    assert.equal(ours.totals.ballots, 3);
    assert.deepEqual(ours.days.slice(-3).map((day: any) => day.ballots), [2, 0, 1]);
    // `from` alone: up to today.
    assert.deepEqual([(await overview('?from=2026-11-21')).body.from, (await overview('?from=2026-11-21')).body.to], ['2026-11-21', '2026-11-22']);
  });

  it('a closed poll stays listed while it had ballots in the period, and leaves the open count', async () => {
    at('2026-11-23T09:00:00.000Z');
    const before = (await overview('?from=2026-11-20&to=2026-11-23')).body;
    const quiet = await createPoll(server, { question: 'Een stille peiling?', options: [{ label: 'Ja' }, { label: 'Nee' }] });
    const withQuiet = (await overview('?from=2026-11-20&to=2026-11-23')).body;
    assert.equal(withQuiet.open.polls, before.open.polls + 1);
    assert.ok(withQuiet.polls.some((item: any) => item.id === quiet.id), 'an open poll is listed without ballots');
    for (const id of [poll.id, quiet.id]) {
      assert.equal((await call(server.baseUrl, 'closePoll', { method: 'POST', path: `/admin/polls/${id}/close`, headers: adminHeaders(server) })).status, 200);
    }
    at('2026-11-23T09:00:01.000Z');
    const after = (await overview('?from=2026-11-20&to=2026-11-23')).body;
    assert.equal(after.open.polls, before.open.polls - 1);
    assert.equal(after.polls.find((item: any) => item.id === poll.id)?.status, 'closed');
    assert.ok(!after.polls.some((item: any) => item.id === quiet.id), 'a closed poll without ballots in the period is left out');
    // Out of the period: gone.
    assert.ok(!(await overview('?from=2026-11-23&to=2026-11-23')).body.polls.some((item: any) => item.id === poll.id));
  });

  it('open items and answers owed are the moderation queue and the answers due as their own lists count them', async () => {
    at('2026-11-24T09:00:00.000Z');
    const owing = await createBoard(server, { title: 'Met een termijn', supportThreshold: 1, answerWithinDays: 1, moderation: 'pre' });
    const { idea } = await submitIdea(server, owing.id);
    assert.equal((await call(server.baseUrl, 'approveIdea', { method: 'POST', path: `/admin/ideas/${idea.id}/approve`, headers: adminHeaders(server) })).status, 200);
    await support(idea.id, await newParticipant(server));
    await submitIdea(server, owing.id, { title: 'Dit idee wacht op een moderator' });
    const check = async () => {
      const body = (await overview()).body;
      const queue = (await call(server.baseUrl, 'listModerationQueue', { path: '/admin/moderation-queue?limit=100', headers: adminHeaders(server) })).body;
      const due = (await call(server.baseUrl, 'listAnswersDue', { path: '/admin/answers-due?limit=100', headers: adminHeaders(server) })).body;
      assert.equal(body.open.moderationQueue, queue.items.length);
      assert.deepEqual(body.answers, { due: due.items.length, overdue: due.items.filter((item: any) => item.overdue).length });
      return body;
    };
    const dueTomorrow = await check();
    assert.ok(dueTomorrow.open.moderationQueue >= 1);
    assert.ok(dueTomorrow.answers.due >= 1);
    at('2026-11-26T09:00:00.000Z');
    const overdue = await check();
    assert.equal(overdue.answers.overdue, dueTomorrow.answers.overdue + 1, 'a day past its due date the idea is overdue');
    const boards = (await call(server.baseUrl, 'listBoards', { path: '/admin/boards?limit=100', headers: adminHeaders(server) })).body;
    const maps = (await call(server.baseUrl, 'listMaps', { path: '/admin/maps?limit=100', headers: adminHeaders(server) })).body;
    assert.equal(overdue.open.boards, boards.items.filter((item: any) => item.status === 'open').length);
    assert.equal(overdue.open.maps, maps.items.filter((item: any) => item.status === 'open').length);
    // A closed map without reports in the period is neither open nor listed, as a closed board.
    const closedMap = await createMapAsAdmin(server, smallMapInput({ title: 'Gesloten kaart', status: 'closed' }));
    const withClosed = await check();
    assert.equal(withClosed.open.maps, overdue.open.maps);
    assert.equal(withClosed.maps.some((item: any) => item.id === closedMap.id), false);
  });

  it('422 for a day that is not one, a period that runs backwards or is longer than 366 days', async () => {
    at('2026-11-26T09:00:00.000Z');
    for (const [query, pointer, code] of [
      ['?from=2026-11-22&to=2026-11-20', '#/query/from', 'period-reversed'],
      ['?from=2025-11-20&to=2026-11-21', '#/query/from', 'period-too-long'],
      ['?from=2026-13-01', '#/query/from', undefined],
      ['?to=yesterday', '#/query/to', undefined],
    ] as const) {
      const response = await overview(query);
      assert.equal(response.status, 422, `${query}: ${response.text}`);
      assert.equal(response.body.errors[0].pointer, pointer, query);
      if (code) assert.equal(response.body.errors[0].code, code, query);
    }
    // A leap year's 366 days is the longest period.
    const longest = await overview('?from=2024-01-01&to=2024-12-31');
    assert.equal(longest.status, 200, longest.text);
    assert.equal(longest.body.maps[0].days.length, 366);
  });

  it('counts each table through an index of migration 0011 (the period is a range of it), never by scanning the table', async () => {
    const db = server.app.inspraak.db;
    const queries: CompiledQuery[] = [];
    // Records each query as SQLite will run it, to ask SQLite how it would (EXPLAIN QUERY PLAN is SQLite's).
    const recorder: KyselyPlugin = {
      transformQuery: ({ node, queryId }) => (queries.push(db.getExecutor().compileQuery(node, queryId)), node),
      transformResult: async ({ result }) => result,
    };
    const range = { from: '2026-11-20T00:00:00.000Z', until: '2026-11-23T00:00:00.000Z' };
    for (const [count, index] of [
      [ballotsPerDay, 'ballots_by_day'],
      [ideasPerDay, 'ideas_by_day'],
      [supportsPerDay, 'idea_supports_by_day'],
      [commentsPerDay, 'idea_comments_by_day'],
      [reportsPerDay, 'reports_by_day'],
    ] as const) {
      queries.length = 0;
      await count(db.withPlugin(recorder), demoSiteId, range);
      const [query] = queries;
      const plan = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${query!.sql}`, [...query!.parameters]));
      const steps = plan.rows.map((row) => row.detail).join('; ');
      assert.match(steps, new RegExp(`USING (COVERING )?INDEX ${index} \\(site_id=\\? AND \\w+>\\? AND \\w+<\\?\\)`), `${index}: ${steps}`);
    }
  });

  it('every staff role reads it; 401 without a credential, 403 for an admin token from a browser', async () => {
    at('2026-11-26T09:00:00.000Z');
    const ctx = { db: server.app.inspraak.db, now: () => clock };
    for (const role of ['admin', 'editor', 'moderator'] as const) {
      const email = `${role}@overzicht.example`;
      await addStaffMember(ctx, demoSiteId, email, role);
      const { cookie } = await openSignInLink(server, (await createSignInLink(ctx, email)).token);
      const response = await overview('', fromConsole(server, cookie, demoSiteId));
      assert.equal(response.status, 200, `${role}: ${response.text}`);
    }
    assert.equal((await overview('', {})).status, 401);
    assert.equal((await overview('', { ...adminHeaders(server), origin: 'https://www.example.nl' })).status, 403);
  });
});
