/** Admin calls against the real server: create, update, close, list, iterate, export. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createSite } from '../../server/src/services/site-service.ts';
import { startTestServer } from '../../server/src/testing.ts';
import { createClient, InspraakApiError, type ClientOptions, type Poll } from '../src/index.ts';
import { recordingFetch } from './recording-fetch.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const admin = (options: Partial<ClientOptions> = {}) =>
  createClient({ baseUrl: server.baseUrl, adminToken: server.adminToken, ...options });
const resident = () => createClient({ baseUrl: server.baseUrl, siteKey: server.siteKey, participantStore: new Map() });

async function apiError(promise: Promise<unknown>): Promise<InspraakApiError> {
  const error = await promise.then(
    () => assert.fail('expected the call to fail'),
    (error: unknown) => error,
  );
  assert.ok(error instanceof InspraakApiError, `an InspraakApiError, got ${String(error)}`);
  return error;
}

describe('admin.polls', () => {
  test('create applies the contract’s defaults and returns the poll', async () => {
    const poll = await admin().admin.polls.create({
      question: 'Waar moet de nieuwe bank staan?',
      options: [{ label: 'Bij de vijver' }, { label: 'Onder de eik' }, { label: 'Bij de speeltuin' }],
    });
    assert.match(poll.id, /^[A-Za-z0-9_-]+$/);
    assert.equal(poll.question, 'Waar moet de nieuwe bank staan?');
    assert.deepEqual(poll.options.map((option) => option.label), ['Bij de vijver', 'Onder de eik', 'Bij de speeltuin']);
    assert.equal(poll.selection, 'single');
    assert.equal(poll.maxChoices, 1);
    assert.equal(poll.resultsVisibility, 'after-vote');
    assert.equal(poll.status, 'open');
    assert.deepEqual(await resident().polls.get(poll.id), poll);
  });

  test('update merges a patch; options cannot change after a ballot (409)', async () => {
    const client = admin();
    const poll = await client.admin.polls.create({
      id: 'poll_update_test',
      question: 'Oud?',
      description: 'Uitleg',
      options: [{ label: 'A' }, { label: 'B' }],
    });
    assert.equal(poll.id, 'poll_update_test');
    const updated = await client.admin.polls.update(poll.id, { question: 'Nieuw?', description: null });
    assert.equal(updated.question, 'Nieuw?');
    assert.equal(updated.description, null);
    assert.deepEqual(updated.options, poll.options, 'members left out stay as they were');

    await resident().polls.vote(poll.id, { optionIds: [poll.options[0]!.id] });
    const error = await apiError(client.admin.polls.update(poll.id, { options: [{ label: 'C' }, { label: 'D' }] }));
    assert.equal(error.status, 409);
    assert.ok(error.requestId);
  });

  test('an id any site already holds is a 409 poll-exists, whichever site asks', async () => {
    // Poll ids are unique across the server: they name hosted links, which carry no site.
    const { adminToken } = await createSite(
      { db: server.app.inspraak.db, now: () => new Date() },
      { name: 'Gemeente Elders', origins: ['https://www.elders.nl'] },
    );
    const elsewhere = createClient({ baseUrl: server.baseUrl, adminToken });
    for (const client of [elsewhere, admin()]) {
      const error = await apiError(client.admin.polls.create({ id: 'poll_demo', question: 'Dubbel?', options: [{ label: 'Ja' }, { label: 'Nee' }] }));
      assert.equal(error.status, 409);
      assert.equal(error.code, 'poll-exists');
      assert.equal(error.problem?.title, 'Poll id already taken');
      assert.ok(error.requestId);
    }
  });

  test('close closes the poll', async () => {
    const poll = await admin().admin.polls.create({ question: 'Sluiten?', options: [{ label: 'Ja' }, { label: 'Nee' }] });
    const closed = await admin().admin.polls.close(poll.id);
    assert.equal(closed.status, 'closed');
    assert.ok(closed.closesAt);
    assert.equal((await resident().polls.get(poll.id)).status, 'closed');
  });

  test('results counts now, whatever the visibility rule', async () => {
    const poll = await admin().admin.polls.create({ question: 'Tellen?', options: [{ label: 'Ja' }, { label: 'Nee' }], resultsVisibility: 'never' });
    await resident().polls.vote(poll.id, { optionIds: [poll.options[0]!.id] });
    const results = await admin().admin.polls.results(poll.id);
    assert.equal(results.visible, true);
    assert.equal(results.totalBallots, 1);
    assert.equal((await resident().polls.results(poll.id)).visible, false);
  });

  test('list pages with a cursor, and iterate walks every page', async () => {
    const client = admin();
    for (let index = 0; index < 3; index++) {
      await client.admin.polls.create({ question: `Lijst ${index}?`, options: [{ label: 'Ja' }, { label: 'Nee' }] });
    }
    const first = await client.admin.polls.list({ limit: 2 });
    assert.equal(first.items.length, 2);
    assert.equal(typeof first.nextCursor, 'string');
    const second = await client.admin.polls.list({ limit: 2, cursor: first.nextCursor! });
    assert.ok(second.items.length >= 1);
    const firstIds = new Set(first.items.map((poll) => poll.id));
    assert.ok(second.items.every((poll) => !firstIds.has(poll.id)), 'the second page continues the first');

    const everything = await client.admin.polls.list({ limit: 100 });
    assert.equal(everything.nextCursor, null);

    const recorder = recordingFetch();
    const seen: Poll[] = [];
    for await (const poll of admin({ fetch: recorder.fetch }).admin.polls.iterate({ limit: 2 })) seen.push(poll);
    assert.deepEqual(
      seen.map((poll) => poll.id),
      everything.items.map((poll) => poll.id),
    );
    const pages = recorder.to('/admin/polls', 'GET');
    assert.equal(pages.length, Math.ceil(everything.items.length / 2));
    assert.equal(pages[0]?.url.searchParams.get('cursor'), null);
    assert.equal(pages[1]?.url.searchParams.get('cursor'), first.nextCursor);
    assert.equal(pages[0]?.headers.get('authorization'), `Bearer ${server.adminToken}`);
  });

  test('iterate stops fetching when the loop stops', async () => {
    const recorder = recordingFetch();
    for await (const poll of admin({ fetch: recorder.fetch }).admin.polls.iterate({ limit: 1 })) {
      assert.ok(poll.id);
      break;
    }
    assert.equal(recorder.to('/admin/polls', 'GET').length, 1);
  });

  test('exportCsv returns the results as CSV text', async () => {
    const poll = await admin().admin.polls.create({
      question: 'Export?',
      options: [{ label: 'Ja, "graag"' }, { label: '=SUM(A1)' }],
    });
    await resident().polls.vote(poll.id, { optionIds: [poll.options[0]!.id] });
    await resident().polls.vote(poll.id, { optionIds: [poll.options[0]!.id] });
    const csv = await admin().admin.polls.exportCsv(poll.id);
    const lines = csv.trim().split(/\r?\n/);
    assert.equal(lines[0], 'option_id,option,ballots,percentage');
    assert.ok(lines[1]?.startsWith(`${poll.options[0]!.id},"Ja, ""graag""",2,`), lines[1]);
    assert.ok(lines[2]?.includes(`'=SUM(A1)`), 'a formula is defused');
    assert.match(lines.at(-1)!, /^total,/);
    assert.notEqual(csv.charCodeAt(0), 0xfeff, 'decoded without the byte-order mark');
  });

  test('errors: a bad admin token is a 401; invalid input a 422 keyed by pointer', async () => {
    const unauthorized = await apiError(admin({ adminToken: 'sk_wrong' }).admin.polls.list());
    assert.equal(unauthorized.status, 401);
    assert.ok(unauthorized.requestId);

    const invalid = await apiError(admin().admin.polls.create({ question: '', options: [{ label: 'Alleen' }] }));
    assert.equal(invalid.status, 422);
    assert.equal(invalid.code, 'validation-failed');
    const fields = invalid.fieldErrors();
    assert.ok(fields['/options'] || Object.keys(fields).some((pointer) => pointer.startsWith('/options')), Object.keys(fields).join());
    assert.ok(Object.keys(fields).some((pointer) => pointer.startsWith('/question')), Object.keys(fields).join());

    const missing = await apiError(admin().admin.polls.close('no_such_poll'));
    assert.equal(missing.status, 404);
    const csv = await apiError(admin().admin.polls.exportCsv('no_such_poll'));
    assert.equal(csv.status, 404);
  });
});
