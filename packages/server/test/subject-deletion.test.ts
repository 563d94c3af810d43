// Staff delete a poll, board or map with everything residents sent to it (issue 11: "delete, with
// the consequences said before"): the staff reads give the counts first; the delete removes every
// row that belongs to the item, in one transaction; the audit log keeps the title and the counts.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { demoSiteId } from '../src/db/demo-seed.ts';
import { addStaffMember } from '../src/services/staff-service.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { adminHeaders, createPoll, newParticipant, siteHeaders, vote, voterHeaders } from './support/fixtures.ts';
import { createBoard, submitIdea } from './support/idea-fixtures.ts';
import { createMapAsAdmin, jpegWithGps, newReport, smallMapInput, uploadPhoto } from './support/map-fixtures.ts';
import { fromConsole, serviceContext, signIn } from './support/staff-fixtures.ts';

/** Every byte the server keeps in its data dir (database, write-ahead log), as latin1 text. */
async function dataDirText(server: TestServer): Promise<string> {
  const files = await readdir(server.dataDir);
  const parts = await Promise.all(files.map((f) => readFile(path.join(server.dataDir, f)).catch(() => Buffer.alloc(0))));
  return Buffer.concat(parts).toString('latin1');
}

describe('deleting a poll, board or map (deletePoll, deleteBoard, deleteMap, getBoardForStaff, getMapForStaff)', () => {
  let server: TestServer;
  let editor: Record<string, string>;
  let moderator: Record<string, string>;
  before(async () => {
    server = await startTestServer();
    await addStaffMember(serviceContext(server), demoSiteId, 'editor@utrecht.example', 'editor');
    await addStaffMember(serviceContext(server), demoSiteId, 'moderator@utrecht.example', 'moderator');
    editor = fromConsole(server, await signIn(server, 'editor@utrecht.example'));
    moderator = fromConsole(server, await signIn(server, 'moderator@utrecht.example'));
  });
  after(() => server.close());

  const db = () => server.app.inspraak.db;
  const rows = async (table: string, column: string, values: string[]): Promise<number> => {
    if (values.length === 0) return 0;
    const row = await db()
      .selectFrom(table as 'ideas')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(column as 'id', 'in', values)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const replaysNaming = async (id: string) =>
    (await db().selectFrom('idempotency_keys').select('response_body').execute()).filter((row) => row.response_body?.includes(JSON.stringify(id))).length;
  const auditOf = async (action: string, id: string) => {
    const log = await call(server.baseUrl, 'listAuditLog', { path: '/admin/audit-log?limit=100', headers: adminHeaders(server) });
    return log.body.items.find((entry: { action: string; subject: { id: string } }) => entry.action === action && entry.subject.id === id);
  };

  it('a poll: an editor deletes it with its options and ballots; every read is 404; the log keeps the question and the counts', async () => {
    const poll = await createPoll(server, { question: 'Welke boom komt er op het plein?', options: [{ label: 'Eik' }, { label: 'Linde' }] });
    const other = await createPoll(server, { question: 'Een peiling die blijft', options: [{ label: 'Ja' }, { label: 'Nee' }] });
    const optionId = poll.options[0].id as string;
    assert.equal((await vote(server, poll.id, await newParticipant(server), [optionId], { 'idempotency-key': 'delete-poll-ballot-0001' })).status, 201);
    assert.equal((await vote(server, poll.id, await newParticipant(server), [optionId])).status, 201);
    assert.equal((await vote(server, other.id, await newParticipant(server), [other.options[0].id])).status, 201);
    const before = await call(server.baseUrl, 'getPollResultsForStaff', { path: `/admin/polls/${poll.id}/results`, headers: editor });
    assert.equal(before.body.totalBallots, 2, 'the staff read says how many ballots a delete removes');

    const del = (headers: Record<string, string>, id = poll.id) => call(server.baseUrl, 'deletePoll', { method: 'DELETE', path: `/admin/polls/${id}`, headers });
    assert.equal((await del({})).status, 401);
    assert.equal((await del(moderator)).status, 403, 'a moderator may not delete a poll');
    assert.equal((await del({ ...editor, origin: 'https://elders.example' })).status, 403, 'a session call from another origin');
    assert.equal((await del(editor, 'poll_onbekend')).status, 404);

    const response = await del(editor);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.deepEqual(response.body, { pollId: poll.id, question: 'Welke boom komt er op het plein?', deleted: { poll: true, options: 2, ballots: 2 } });

    assert.equal((await call(server.baseUrl, 'getPoll', { path: `/polls/${poll.id}`, headers: siteHeaders(server) })).status, 404);
    assert.equal((await call(server.baseUrl, 'getPollResults', { path: `/polls/${poll.id}/results`, headers: siteHeaders(server) })).status, 404);
    assert.equal((await call(server.baseUrl, 'getPollResultsForStaff', { path: `/admin/polls/${poll.id}/results`, headers: editor })).status, 404);
    assert.equal((await vote(server, poll.id, await newParticipant(server), [optionId])).status, 404);
    assert.equal((await del(editor)).status, 404, 'deleting again is 404, as an unknown id');
    assert.equal(await rows('polls', 'id', [poll.id]), 0);
    assert.equal(await rows('poll_options', 'poll_id', [poll.id]), 0);
    assert.equal(await rows('ballots', 'poll_id', [poll.id]), 0);
    assert.equal(await replaysNaming(poll.id), 0, 'the stored replay of a ballot goes too');
    assert.equal(await rows('ballots', 'poll_id', [other.id]), 1, 'another poll keeps its ballots');

    const entry = await auditOf('deletePoll', poll.id);
    assert.equal(entry.actor.email, 'editor@utrecht.example');
    assert.deepEqual(entry.subject, { type: 'poll', id: poll.id });
    assert.deepEqual(entry.before, { question: 'Welke boom komt er op het plein?', options: 2, ballots: 2 });
    assert.equal(entry.after, null);
  });

  it('a board: the staff read counts what it holds; deleting removes every idea, comment, support, flag and replay, and its text from the files', async () => {
    const secret = 'Kwakelbrugbankje Zr4';
    const board = await createBoard(server, { title: 'Bord dat weg mag', moderation: 'pre' });
    const kept = await createBoard(server, { title: 'Bord dat blijft' });
    const author = await newParticipant(server);
    const created = await call(server.baseUrl, 'createIdea', {
      method: 'POST',
      path: `/boards/${board.id}/ideas`,
      headers: { ...voterHeaders(server, author), 'idempotency-key': 'delete-board-idea-0001' },
      json: { title: `Een bankje bij de ${secret}`, description: 'Om even te rusten.', categoryId: 'cat_groen' },
    });
    assert.equal(created.status, 201);
    const { idea, receipt } = created.body;
    const second = (await submitIdea(server, board.id, { title: 'Nog een idee voor dit bord' })).idea;
    const keptIdea = (await submitIdea(server, kept.id, { title: 'Een idee op een ander bord' })).idea;
    await call(server.baseUrl, 'approveIdea', { method: 'POST', path: `/admin/ideas/${idea.id}/approve`, headers: adminHeaders(server) });
    const neighbour = await newParticipant(server);
    const comment = await call(server.baseUrl, 'createComment', { method: 'POST', path: `/ideas/${idea.id}/comments`, headers: voterHeaders(server, neighbour), json: { body: 'Goed plan!' } });
    assert.equal(comment.status, 201);
    assert.equal((await call(server.baseUrl, 'supportIdea', { method: 'PUT', path: `/ideas/${idea.id}/support`, headers: voterHeaders(server, neighbour) })).status < 300, true);
    await call(server.baseUrl, 'flagIdea', { method: 'POST', path: `/ideas/${idea.id}/flags`, headers: voterHeaders(server, neighbour), json: { reason: 'other' } });
    await call(server.baseUrl, 'answerIdea', { method: 'PUT', path: `/admin/ideas/${idea.id}/answer`, headers: adminHeaders(server), json: { text: 'Antwoord van de gemeente.' } });

    const staffRead = (headers: Record<string, string>, id = board.id) => call(server.baseUrl, 'getBoardForStaff', { path: `/admin/boards/${id}`, headers });
    const read = await staffRead(moderator);
    assert.equal(read.status, 200, 'every role reads the board');
    assert.equal(read.headers.get('cache-control'), 'no-store');
    assert.equal(read.body.title, 'Bord dat weg mag');
    assert.deepEqual(read.body.counts, { ideas: 2, comments: 1, supports: 1 });
    assert.equal((await staffRead({})).status, 401);
    assert.equal((await staffRead(editor, 'board_onbekend')).status, 404);

    const del = (headers: Record<string, string>, id = board.id) => call(server.baseUrl, 'deleteBoard', { method: 'DELETE', path: `/admin/boards/${id}`, headers });
    assert.equal((await del({})).status, 401);
    assert.equal((await del(moderator)).status, 403, 'a moderator may not delete a board');
    assert.equal((await del(editor, 'board_onbekend')).status, 404);

    const response = await del(adminHeaders(server));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.deepEqual(response.body, { boardId: board.id, title: 'Bord dat weg mag', deleted: { board: true, ideas: 2, comments: 1, supports: 1, flags: 1 } });

    const h = siteHeaders(server);
    assert.equal((await call(server.baseUrl, 'getBoard', { path: `/boards/${board.id}`, headers: h })).status, 404);
    assert.equal((await call(server.baseUrl, 'listIdeas', { path: `/boards/${board.id}/ideas`, headers: h })).status, 404);
    assert.equal((await call(server.baseUrl, 'getIdea', { path: `/ideas/${idea.id}`, headers: h })).status, 404);
    assert.equal((await call(server.baseUrl, 'getIdeaByReceipt', { path: `/ideas/by-receipt?receipt=${receipt.token}`, headers: h })).status, 404);
    assert.equal((await staffRead(editor)).status, 404);
    assert.equal((await del(editor)).status, 404, 'deleting again is 404');
    const ideaIds = [idea.id, second.id];
    assert.equal(await rows('boards', 'id', [board.id]), 0);
    assert.equal(await rows('ideas', 'id', ideaIds), 0);
    assert.equal(await rows('idea_comments', 'idea_id', ideaIds), 0);
    assert.equal(await rows('idea_supports', 'idea_id', ideaIds), 0);
    assert.equal(await rows('idea_flags', 'target_id', [...ideaIds, comment.body.id]), 0);
    assert.equal(await rows('idea_status_history', 'idea_id', ideaIds), 0);
    assert.equal(await rows('idea_search', 'idea_id', ideaIds), 0);
    assert.equal(await replaysNaming(idea.id), 0, 'the stored replay of "send this idea" (its text and receipt) goes too');
    assert.equal(await rows('ideas', 'id', [keptIdea.id]), 1, 'an idea on another board stays');
    assert.equal((await call(server.baseUrl, 'getBoard', { path: `/boards/${kept.id}`, headers: h })).status, 200);
    assert.ok(!(await dataDirText(server)).includes(secret), 'the idea’s text is nowhere in the data files');

    const entry = await auditOf('deleteBoard', board.id);
    assert.equal(entry.actor.kind, 'admin-token');
    assert.deepEqual(entry.before, { title: 'Bord dat weg mag', ideas: 2, comments: 1, supports: 1, flags: 1 });
    assert.equal(entry.after, null);
    const answered = await auditOf('answerIdea', idea.id);
    assert.deepEqual([answered.before, answered.after], [null, null], 'the log forgets what the deleted ideas said');
  });

  it('a map: the staff read counts its reports; deleting removes them with their photos, supports and status updates', async () => {
    const map = await createMapAsAdmin(server, smallMapInput({ title: 'Kaart die weg mag' }));
    const place = { category: 'bankje', lat: 52.37, lng: 4.89 };
    const { report, receipt } = await newReport(server, { ...place, description: 'Bankje kapot bij de Zwaluwhof Pq8.' }, map.id);
    const second = (await newReport(server, { ...place, description: 'Nog een bankje kapot.' }, map.id)).report;
    const keptReport = (await newReport(server)).report;
    assert.equal((await uploadPhoto(server, report.id, receipt, { data: await jpegWithGps() })).status, 201);
    await call(server.baseUrl, 'supportReport', { method: 'POST', path: `/reports/${report.id}/supports`, headers: voterHeaders(server, await newParticipant(server)) });
    await call(server.baseUrl, 'updateReportStatus', { method: 'POST', path: `/admin/reports/${report.id}/status-updates`, headers: adminHeaders(server), json: { status: 'acknowledged', note: 'Gezien.' } });

    const staffRead = (headers: Record<string, string>, id = map.id) => call(server.baseUrl, 'getMapForStaff', { path: `/admin/maps/${id}`, headers });
    const read = await staffRead(moderator);
    assert.equal(read.status, 200);
    assert.equal(read.headers.get('cache-control'), 'no-store');
    assert.deepEqual(read.body.counts, { reports: 2, photos: 1, supports: 1 });
    assert.equal((await staffRead({})).status, 401);
    assert.equal((await staffRead(editor, 'map_onbekend')).status, 404);

    const del = (headers: Record<string, string>, id = map.id) => call(server.baseUrl, 'deleteMap', { method: 'DELETE', path: `/admin/maps/${id}`, headers });
    assert.equal((await del({})).status, 401);
    assert.equal((await del(moderator)).status, 403, 'a moderator may not delete a map');
    assert.equal((await del(editor, 'map_onbekend')).status, 404);

    const response = await del(editor);
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { mapId: map.id, title: 'Kaart die weg mag', deleted: { map: true, reports: 2, photos: 1, supports: 1, statusUpdates: 1 } });

    const h = siteHeaders(server);
    assert.equal((await call(server.baseUrl, 'getMap', { path: `/maps/${map.id}`, headers: h })).status, 404);
    assert.equal((await call(server.baseUrl, 'getReport', { path: `/reports/${report.id}`, headers: h })).status, 404);
    assert.equal((await call(server.baseUrl, 'getReportByReceipt', { path: `/reports/by-receipt?receipt=${receipt}`, headers: h })).status, 404);
    assert.equal((await del(editor)).status, 404, 'deleting again is 404');
    const reportIds = [report.id, second.id];
    assert.equal(await rows('maps', 'id', [map.id]), 0);
    assert.equal(await rows('reports', 'id', reportIds), 0);
    assert.equal(await rows('report_photos', 'report_id', reportIds), 0);
    assert.equal(await rows('report_supports', 'report_id', reportIds), 0);
    assert.equal(await rows('report_updates', 'report_id', reportIds), 0);
    assert.equal(await replaysNaming(report.id), 0);
    assert.equal(await rows('reports', 'id', [keptReport.id]), 1, 'a report on another map stays');
    assert.ok(!(await dataDirText(server)).includes('Zwaluwhof Pq8'), 'the report’s text is nowhere in the data files');

    const entry = await auditOf('deleteMap', map.id);
    assert.deepEqual(entry.before, { title: 'Kaart die weg mag', reports: 2, photos: 1, supports: 1, statusUpdates: 1 });
    const status = await auditOf('updateReportStatus', report.id);
    assert.deepEqual([status.before, status.after], [null, null]);
  });
});
