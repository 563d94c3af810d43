import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoSiteId } from '../src/db/demo-seed.ts';
import { addStaffMember } from '../src/services/staff-service.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { adminHeaders } from './support/fixtures.ts';
import { createBoard, submitIdea } from './support/idea-fixtures.ts';
import { fromConsole, serviceContext, signIn } from './support/staff-fixtures.ts';

describe('audit log (listAuditLog, exportAuditLog)', () => {
  let server: TestServer;
  let editor = '';
  let moderator = '';
  const log = async () => (await call(server.baseUrl, 'listAuditLog', { path: '/admin/audit-log?limit=100', headers: adminHeaders(server) })).body.items as any[];

  before(async () => {
    server = await startTestServer();
    await addStaffMember(serviceContext(server), demoSiteId, 'editor@voorbeeld.example', 'editor');
    await addStaffMember(serviceContext(server), demoSiteId, 'moderator@voorbeeld.example', 'moderator');
    editor = await signIn(server, 'editor@voorbeeld.example');
    moderator = await signIn(server, 'moderator@voorbeeld.example');
  });
  after(() => server.close());

  it('records who created, changed and closed a poll, with the fields before and after', async () => {
    const headers = { ...fromConsole(server, editor), 'idempotency-key': 'audit-create-1' };
    const created = await call(server.baseUrl, 'createPoll', { method: 'POST', path: '/admin/polls', headers, json: { question: 'Welke boom?', options: [{ label: 'Linde' }, { label: 'Eik' }] } });
    assert.equal(created.status, 201);
    const replay = await call(server.baseUrl, 'createPoll', { method: 'POST', path: '/admin/polls', headers, json: { question: 'Welke boom?', options: [{ label: 'Linde' }, { label: 'Eik' }] } });
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    const pollId = created.body.id as string;
    await call(server.baseUrl, 'updatePoll', { method: 'PATCH', path: `/admin/polls/${pollId}`, headers: fromConsole(server, editor), json: { question: 'Welke boom op het plein?' } });
    const refused = await call(server.baseUrl, 'updatePoll', { method: 'PATCH', path: `/admin/polls/${pollId}`, headers: fromConsole(server, editor), json: { question: '' } });
    assert.equal(refused.status, 422);
    await call(server.baseUrl, 'closePoll', { method: 'POST', path: `/admin/polls/${pollId}/close`, headers: fromConsole(server, editor) });

    const entries = (await log()).filter((entry) => entry.subject.id === pollId);
    assert.deepEqual(entries.map((entry) => entry.action), ['closePoll', 'updatePoll', 'createPoll'], 'newest first; the replay and the refused change are not actions');
    const [closed, updated, createdEntry] = entries;
    assert.deepEqual(closed.actor, { kind: 'staff', email: 'editor@voorbeeld.example', role: 'editor' });
    assert.deepEqual(Object.keys(closed.after), ['closes_at']);
    assert.equal(closed.before.closes_at, null);
    assert.deepEqual(updated.before, { question: 'Welke boom?' });
    assert.deepEqual(updated.after, { question: 'Welke boom op het plein?' });
    assert.equal(createdEntry.before, null);
    assert.deepEqual(createdEntry.after.options, ['Linde', 'Eik']);
    assert.equal(createdEntry.after.question, 'Welke boom?');
  });

  it('records moderation by a staff member and by the admin token, and an erasure without its text', async () => {
    const board = await createBoard(server);
    const hidden = await submitIdea(server, board.id, { title: 'Een idee dat weg moet', description: 'Met mijn telefoonnummer 0612345678' });
    const byStaff = await call(server.baseUrl, 'hideIdea', { method: 'POST', path: `/admin/ideas/${hidden.idea.id}/hide`, headers: fromConsole(server, moderator), json: { reasonCode: 'personal-data', note: 'Persoonlijke gegevens.' } });
    assert.equal(byStaff.status, 200);
    const beforeErasure = (await log()).find((entry) => entry.subject.id === hidden.idea.id);
    assert.deepEqual(beforeErasure.after, { moderation_state: 'hidden', hidden_reason_code: 'personal-data', hidden_reason: 'Persoonlijke gegevens.', hidden_notice: 1 });
    const erased = await call(server.baseUrl, 'eraseIdea', { method: 'DELETE', path: `/admin/ideas/${hidden.idea.id}`, headers: adminHeaders(server) });
    assert.equal(erased.status, 200, erased.text);

    const entries = (await log()).filter((entry) => entry.subject.id === hidden.idea.id);
    assert.deepEqual(entries.map((entry) => [entry.action, entry.actor.kind, entry.actor.role]), [
      ['eraseIdea', 'admin-token', null],
      ['hideIdea', 'staff', 'moderator'],
    ]);
    assert.deepEqual(
      entries.map((entry) => [entry.before, entry.after]),
      [[null, null], [null, null]],
      'after an erasure the log keeps who acted on the idea, not what it said (its hidden reason either)',
    );
    assert.ok(!JSON.stringify(await log()).includes('0612345678'), 'nothing of the erased idea is left in the log');
    assert.ok(!JSON.stringify(await log()).match(/_hash|receipt/), 'no hashes or receipts are recorded');
  });

  it('only site admins read it; the CSV holds it all, oldest first', async () => {
    const byEditor = await call(server.baseUrl, 'listAuditLog', { path: '/admin/audit-log', headers: fromConsole(server, editor) });
    assert.equal(byEditor.status, 403);
    const admin = await signIn(server, 'redactie@voorbeeld.example');
    const page = await call(server.baseUrl, 'listAuditLog', { path: '/admin/audit-log?limit=2', headers: fromConsole(server, admin) });
    assert.equal(page.status, 200);
    assert.equal(page.body.items.length, 2);
    const next = await call(server.baseUrl, 'listAuditLog', { path: `/admin/audit-log?limit=2&cursor=${page.body.nextCursor}`, headers: fromConsole(server, admin) });
    assert.notEqual(next.body.items[0].id, page.body.items[1].id);

    const csv = await call(server.baseUrl, 'exportAuditLog', { path: '/admin/audit-log.csv', headers: adminHeaders(server) });
    assert.equal(csv.status, 200);
    assert.equal(csv.headers.get('content-disposition'), `attachment; filename="${demoSiteId}-audit-log.csv"`);
    const lines = csv.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    assert.equal(lines[0], 'at,actor,role,action,subject_type,subject_id,before,after');
    assert.equal(lines.length - 1, (await log()).length);
    assert.match(lines[1]!, /,editor@voorbeeld\.example,editor,createPoll,poll,/);
  });
});
