// "Every submission can be erased by its receipt" (DESIGN.md, Security and privacy): an erase
// deletes the submission and what hangs on it, from every read path, export and stored replay,
// and leaves nothing of its text in the database files.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { demoReportReceipt } from '../src/db/demo-seed.ts';
import { createSite } from '../src/services/site-service.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { adminHeaders, newParticipant, siteHeaders, voterHeaders } from './support/fixtures.ts';
import { createBoard, ideaState, submitIdea } from './support/idea-fixtures.ts';
import { createMapAsAdmin, jpegWithGps, newReport, photoCount, reportCount, smallMapInput, uploadPhoto } from './support/map-fixtures.ts';

/** Every byte the server keeps in its data dir (database, write-ahead log), as latin1 text. */
async function dataDirText(server: TestServer): Promise<string> {
  const files = await readdir(server.dataDir);
  const parts = await Promise.all(files.map((f) => readFile(path.join(server.dataDir, f)).catch(() => Buffer.alloc(0))));
  return Buffer.concat(parts).toString('latin1');
}

async function otherSiteKey(server: TestServer): Promise<string> {
  const other = await createSite({ db: server.app.inspraak.db, now: () => new Date() }, { name: 'Andere gemeente', origins: ['https://andere.example'] });
  return other.site.publicKey;
}

describe('erasing an idea by its receipt (eraseIdeaByReceipt)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const erase = (token: string, headers = siteHeaders(server)) =>
    call(server.baseUrl, 'eraseIdeaByReceipt', { method: 'DELETE', path: `/ideas/by-receipt?receipt=${token}`, headers });

  it('deletes the idea with its comments, supports, flags, history and answer; gone from every read path', async () => {
    const board = await createBoard(server);
    const secret = 'Zwanenvijverbankje Xq7';
    const author = await newParticipant(server);
    const key = 'erase-test-create-idea-0001';
    const created = await call(server.baseUrl, 'createIdea', {
      method: 'POST',
      path: `/boards/${board.id}/ideas`,
      headers: { ...voterHeaders(server, author), 'idempotency-key': key },
      json: { title: `Een bankje bij de ${secret}`, description: 'Privé-omschrijving Kw9z.', categoryId: 'cat_groen', place: 'Achter huisnummer 12', displayName: 'Jet Janssen', location: { lat: 52.1, lng: 5.1 } },
    });
    assert.equal(created.status, 201);
    const { idea, receipt } = created.body;
    const kept = (await submitIdea(server, board.id, { title: 'Een ander idee dat blijft staan' })).idea;
    const neighbour = await newParticipant(server);
    const comment = await call(server.baseUrl, 'createComment', { method: 'POST', path: `/ideas/${idea.id}/comments`, headers: voterHeaders(server, neighbour), json: { body: 'Goed plan!' } });
    assert.equal(comment.status, 201);
    await call(server.baseUrl, 'supportIdea', { method: 'PUT', path: `/ideas/${idea.id}/support`, headers: voterHeaders(server, neighbour) });
    await call(server.baseUrl, 'supportIdea', { method: 'PUT', path: `/ideas/${kept.id}/support`, headers: voterHeaders(server, neighbour) });
    await call(server.baseUrl, 'flagComment', { method: 'POST', path: `/comments/${comment.body.id}/flags`, headers: voterHeaders(server, author), json: { reason: 'other' } });
    await call(server.baseUrl, 'setIdeaStatus', { method: 'POST', path: `/admin/ideas/${idea.id}/status`, headers: adminHeaders(server), json: { status: 'under-review', note: 'We kijken ernaar.' } });
    await call(server.baseUrl, 'answerIdea', { method: 'PUT', path: `/admin/ideas/${idea.id}/answer`, headers: adminHeaders(server), json: { text: 'Antwoord van de gemeente.' } });
    const before = await ideaState(server);

    const response = await erase(receipt.token);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.deepEqual(response.body, { ideaId: idea.id, erased: { idea: true, comments: 1, supports: 1, flags: 1 } });

    const afterErase = await ideaState(server);
    assert.deepEqual(afterErase.ideas.map((i) => i.id), before.ideas.map((i) => i.id).filter((id) => id !== idea.id));
    assert.equal(afterErase.comments, before.comments - 1);
    assert.equal(afterErase.supports, before.supports - 1);
    assert.equal(afterErase.flags, before.flags - 1);
    assert.ok(afterErase.history < before.history);
    assert.equal(afterErase.ideas.find((i) => i.id === kept.id)?.support_count, 1, 'another idea keeps its counters');

    const h = siteHeaders(server);
    assert.equal((await call(server.baseUrl, 'getIdea', { path: `/ideas/${idea.id}`, headers: h })).status, 404);
    assert.equal((await call(server.baseUrl, 'getIdeaByReceipt', { path: `/ideas/by-receipt?receipt=${receipt.token}`, headers: h })).status, 404);
    assert.equal((await call(server.baseUrl, 'listComments', { path: `/ideas/${idea.id}/comments`, headers: h })).status, 404);
    const list = await call(server.baseUrl, 'listIdeas', { path: `/boards/${board.id}/ideas`, headers: h });
    assert.deepEqual(list.body.items.map((i: { id: string }) => i.id), [kept.id]);
    const similar = await call(server.baseUrl, 'findSimilarIdeas', { path: `/boards/${board.id}/ideas/similar?q=${encodeURIComponent(`bankje bij de ${secret}`)}`, headers: h });
    assert.ok(!similar.body.items.some((i: { id: string }) => i.id === idea.id));
    const search = await server.app.inspraak.db.selectFrom('idea_search').select('idea_id').where('idea_id', '=', idea.id).execute();
    assert.deepEqual(search, [], 'no row in the search index');
    const csv = await call(server.baseUrl, 'exportBoardIdeas', { path: `/admin/boards/${board.id}/ideas.csv`, headers: adminHeaders(server) });
    assert.equal(csv.status, 200);
    assert.ok(!csv.text.includes(idea.id) && !csv.text.includes(secret), 'not in the CSV export');
    assert.ok(csv.text.includes(kept.id));
    const queue = await call(server.baseUrl, 'listModerationQueue', { path: '/admin/moderation-queue', headers: adminHeaders(server) });
    assert.ok(!queue.text.includes(idea.id) && !queue.text.includes(comment.body.id), 'not in the moderation queue');

    // The stored replay of "send this idea" held its text and receipt: it is gone too, so a retry
    // with the same key is a new request, not the old answer.
    const replays = await server.app.inspraak.db.selectFrom('idempotency_keys').select('response_body').execute();
    assert.ok(!replays.some((r) => r.response_body?.includes(receipt.token) || r.response_body?.includes(secret)));

    // Deleted, not hidden: none of its text is left in the database files (secure_delete, FTS5 merged, WAL truncated).
    const onDisk = await dataDirText(server);
    for (const text of [secret, 'Kw9z', 'Achter huisnummer 12', 'Jet Janssen', 'Antwoord van de gemeente.', receipt.token]) {
      assert.ok(!onDisk.includes(text), `"${text}" is not left on disk`);
    }
  });

  it('erases an idea in any moderation state (waiting for review, hidden)', async () => {
    const board = await createBoard(server, { moderation: 'pre' });
    const { idea, receipt } = await submitIdea(server, board.id);
    assert.equal(idea.moderation.state, 'pending');
    const response = await erase(receipt.token);
    assert.equal(response.status, 200);
    assert.equal(response.body.ideaId, idea.id);
    const queue = await call(server.baseUrl, 'listModerationQueue', { path: '/admin/moderation-queue', headers: adminHeaders(server) });
    assert.ok(!queue.text.includes(idea.id));
  });

  it('a second erase, an unknown receipt and a receipt of another site are 404 problem+json and change nothing', async () => {
    const board = await createBoard(server);
    const { idea, receipt } = await submitIdea(server, board.id);
    assert.equal((await erase(receipt.token)).status, 200);
    const before = await ideaState(server);
    const again = await erase(receipt.token);
    assert.equal(again.status, 404);
    assert.equal(again.headers.get('content-type')?.split(';')[0], 'application/problem+json');
    assert.equal(again.body.code, 'not-found');
    assert.equal((await erase(`irc_${'A'.repeat(32)}`)).status, 404);

    const other = await submitIdea(server, board.id);
    const elsewhere = await erase(other.receipt.token, { 'inspraak-site-key': await otherSiteKey(server) });
    assert.equal(elsewhere.status, 404);
    const still = await call(server.baseUrl, 'getIdeaByReceipt', { path: `/ideas/by-receipt?receipt=${other.receipt.token}`, headers: siteHeaders(server) });
    assert.equal(still.status, 200);
    const now = await ideaState(server);
    assert.deepEqual(now.ideas.filter((i) => i.id !== other.idea.id), before.ideas);
    assert.ok(!now.ideas.some((i) => i.id === idea.id));
  });

  it('422 for a malformed or missing receipt, 401 without a site key; nothing changes', async () => {
    const board = await createBoard(server);
    await submitIdea(server, board.id);
    const before = await ideaState(server);
    const malformed = await call(server.baseUrl, 'eraseIdeaByReceipt', { method: 'DELETE', path: '/ideas/by-receipt?receipt=nope', headers: siteHeaders(server) });
    assert.equal(malformed.status, 422);
    assert.equal(malformed.body.errors[0].pointer, '#/query/receipt');
    assert.equal((await call(server.baseUrl, 'eraseIdeaByReceipt', { method: 'DELETE', path: '/ideas/by-receipt', headers: siteHeaders(server) })).status, 422);
    assert.equal((await call(server.baseUrl, 'eraseIdeaByReceipt', { method: 'DELETE', path: `/ideas/by-receipt?receipt=irc_${'A'.repeat(32)}` })).status, 401);
    assert.deepEqual(await ideaState(server), before);
  });
});

describe('erasing a report by its receipt (eraseReportByReceipt)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const erase = (receipt: string, headers = siteHeaders(server)) =>
    call(server.baseUrl, 'eraseReportByReceipt', { method: 'DELETE', path: `/reports/by-receipt?receipt=${receipt}`, headers });

  it('deletes the report with its photos, supports and status history; gone from lists, clusters, exports and Open311', async () => {
    const map = await createMapAsAdmin(server, smallMapInput());
    const place = { lat: 52.371, lng: 4.891 };
    const secret = 'Fietswrak Pq4v';
    const { report, receipt } = await newReport(server, { category: 'bankje', ...place, description: `${secret} naast het bankje.`, address: 'Geheimstraat 7' }, map.id);
    const kept = (await newReport(server, { category: 'bankje', lat: 52.4, lng: 4.95, description: 'Dit blijft staan.' }, map.id)).report;
    const photo = await uploadPhoto(server, report.id, receipt, { data: await jpegWithGps() });
    assert.equal(photo.status, 201);
    const supporter = await newParticipant(server);
    await call(server.baseUrl, 'supportReport', { method: 'POST', path: `/reports/${report.id}/supports`, headers: voterHeaders(server, supporter) });
    await call(server.baseUrl, 'updateReportStatus', { method: 'POST', path: `/admin/reports/${report.id}/status-updates`, headers: adminHeaders(server), json: { status: 'acknowledged', note: 'Gezien.' } });
    const photosBefore = await photoCount(server);
    const reportsBefore = await reportCount(server);
    const bbox = '4.8,52.3,5.0,52.45';
    const clustersBefore = await call(server.baseUrl, 'getReportClusters', { path: `/maps/${map.id}/clusters?bbox=${bbox}&zoom=10`, headers: siteHeaders(server) });

    const response = await erase(receipt);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.deepEqual(response.body, { reportId: report.id, erased: { report: true, photos: 1, supports: 1, statusUpdates: 1 } });
    assert.equal(await photoCount(server), photosBefore - 1);
    assert.equal(await reportCount(server), reportsBefore - 1);

    const h = siteHeaders(server);
    assert.equal((await call(server.baseUrl, 'getReport', { path: `/reports/${report.id}`, headers: h })).status, 404);
    assert.equal((await call(server.baseUrl, 'getReportByReceipt', { path: `/reports/by-receipt?receipt=${receipt}`, headers: h })).status, 404);
    assert.equal((await call(server.baseUrl, 'getReportPhoto', { path: `/photos/${photo.body.id}` })).status, 404);
    const list = await call(server.baseUrl, 'listReports', { path: `/maps/${map.id}/reports`, headers: h });
    assert.deepEqual(list.body.items.map((r: { id: string }) => r.id), [kept.id]);
    const nearby = await call(server.baseUrl, 'listNearbyReports', { path: `/maps/${map.id}/reports/nearby?lat=${place.lat}&lng=${place.lng}&category=bankje`, headers: h });
    assert.deepEqual(nearby.body.items, []);
    const clusters = await call(server.baseUrl, 'getReportClusters', { path: `/maps/${map.id}/clusters?bbox=${bbox}&zoom=10`, headers: h });
    assert.equal(clusters.body.total, clustersBefore.body.total - 1, 'cluster counts drop by one');
    const admin = adminHeaders(server);
    const adminList = await call(server.baseUrl, 'listAdminReports', { path: `/admin/maps/${map.id}/reports`, headers: admin });
    assert.ok(!adminList.text.includes(report.id));
    const geojson = await call(server.baseUrl, 'exportReportsGeoJson', { path: `/admin/maps/${map.id}/reports.geojson`, headers: admin });
    assert.ok(!geojson.text.includes(report.id) && !geojson.text.includes(secret) && geojson.text.includes(kept.id));
    const csv = await call(server.baseUrl, 'exportReportsCsv', { path: `/admin/maps/${map.id}/reports.csv`, headers: admin });
    assert.ok(!csv.text.includes(report.id) && !csv.text.includes(secret) && csv.text.includes(kept.id));
    const open311 = await fetch(`${server.origin}/open311/v2/requests.json?jurisdiction_id=${map.id}`);
    const open311Text = await open311.text();
    assert.equal(open311.status, 200);
    assert.ok(!open311Text.includes(report.id) && open311Text.includes(kept.id), 'not in Open311 requests');
    assert.equal((await fetch(`${server.origin}/open311/v2/requests/${report.id}.json?jurisdiction_id=${map.id}`)).status, 404);

    const replays = await server.app.inspraak.db.selectFrom('idempotency_keys').select('response_body').execute();
    assert.ok(!replays.some((r) => r.response_body?.includes(receipt) || r.response_body?.includes(report.id)));
    const onDisk = await dataDirText(server);
    for (const text of [secret, 'Geheimstraat 7', receipt]) assert.ok(!onDisk.includes(text), `"${text}" is not left on disk`);
  });

  it('a second erase, an unknown receipt and a receipt of another site are 404 and change nothing; 422 malformed, 401 without key', async () => {
    const { receipt } = await newReport(server);
    assert.equal((await erase(receipt)).status, 200);
    const count = await reportCount(server);
    const again = await erase(receipt);
    assert.equal(again.status, 404);
    assert.equal(again.body.code, 'not-found');
    assert.equal((await erase(`rr_${'x'.repeat(32)}`)).status, 404);
    const elsewhere = await erase(demoReportReceipt, { 'inspraak-site-key': await otherSiteKey(server) });
    assert.equal(elsewhere.status, 404);
    assert.equal((await call(server.baseUrl, 'getReportByReceipt', { path: `/reports/by-receipt?receipt=${demoReportReceipt}`, headers: siteHeaders(server) })).status, 200);
    const malformed = await erase('abc');
    assert.equal(malformed.status, 422);
    assert.equal((await call(server.baseUrl, 'eraseReportByReceipt', { method: 'DELETE', path: `/reports/by-receipt?receipt=${demoReportReceipt}` })).status, 401);
    assert.equal(await reportCount(server), count);
  });
});

describe('erasing by id, as an admin (eraseIdea, eraseReport)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('DELETE /admin/ideas/{ideaId}: the same erase by id, also for a hidden idea; 404 again; 401 without the admin token', async () => {
    const board = await createBoard(server);
    const { idea, receipt } = await submitIdea(server, board.id, { title: 'Een idee dat de gemeente wist' });
    const hidden = await call(server.baseUrl, 'hideIdea', { method: 'POST', path: `/admin/ideas/${idea.id}/hide`, headers: adminHeaders(server), json: { reasonCode: 'personal-data', note: 'Persoonsgegevens' } });
    assert.equal(hidden.status, 200);
    assert.equal((await call(server.baseUrl, 'eraseIdea', { method: 'DELETE', path: `/admin/ideas/${idea.id}`, headers: siteHeaders(server) })).status, 401);
    const response = await call(server.baseUrl, 'eraseIdea', { method: 'DELETE', path: `/admin/ideas/${idea.id}`, headers: adminHeaders(server) });
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { ideaId: idea.id, erased: { idea: true, comments: 0, supports: 0, flags: 0 } });
    assert.equal((await call(server.baseUrl, 'getIdeaByReceipt', { path: `/ideas/by-receipt?receipt=${receipt.token}`, headers: siteHeaders(server) })).status, 404);
    const replays = await server.app.inspraak.db.selectFrom('idempotency_keys').select('response_body').execute();
    assert.ok(!replays.some((r) => r.response_body?.includes(idea.id)), 'no replay names the idea');
    const again = await call(server.baseUrl, 'eraseIdea', { method: 'DELETE', path: `/admin/ideas/${idea.id}`, headers: adminHeaders(server) });
    assert.equal(again.status, 404);
    assert.equal(again.body.code, 'not-found');
  });

  it('DELETE /admin/reports/{reportId}: the same erase by id, with its photos; 404 for another site and again', async () => {
    const { report, receipt } = await newReport(server);
    const photo = await uploadPhoto(server, report.id, receipt, { data: await jpegWithGps() });
    assert.equal(photo.status, 201);
    const otherAdmin = await createSite({ db: server.app.inspraak.db, now: () => new Date() }, { name: 'Andere gemeente', origins: ['https://andere.example'] });
    const elsewhere = await call(server.baseUrl, 'eraseReport', { method: 'DELETE', path: `/admin/reports/${report.id}`, headers: { authorization: `Bearer ${otherAdmin.adminToken}` } });
    assert.equal(elsewhere.status, 404);
    const response = await call(server.baseUrl, 'eraseReport', { method: 'DELETE', path: `/admin/reports/${report.id}`, headers: adminHeaders(server) });
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { reportId: report.id, erased: { report: true, photos: 1, supports: 0, statusUpdates: 0 } });
    assert.equal((await call(server.baseUrl, 'getReportPhoto', { path: `/photos/${photo.body.id}` })).status, 404);
    assert.equal((await call(server.baseUrl, 'getReportByReceipt', { path: `/reports/by-receipt?receipt=${receipt}`, headers: siteHeaders(server) })).status, 404);
    assert.equal((await call(server.baseUrl, 'eraseReport', { method: 'DELETE', path: `/admin/reports/${report.id}`, headers: adminHeaders(server) })).status, 404);
  });
});
