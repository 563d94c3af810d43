/** Resident calls against the real server on a temporary database. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer } from '../../server/src/testing.ts';
import { createClient, InspraakApiError, type ClientOptions } from '../src/index.ts';
import { recordingFetch } from './recording-fetch.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** A resident with a participant store of their own (a new browser, in effect). */
const resident = (options: Partial<ClientOptions> = {}) =>
  createClient({ baseUrl: server.baseUrl, siteKey: server.siteKey, participantStore: new Map(), ...options });

const admin = () => createClient({ baseUrl: server.baseUrl, adminToken: server.adminToken });

/** Rejects with an InspraakApiError that passes `check`; returns it. */
async function apiError(promise: Promise<unknown>): Promise<InspraakApiError> {
  const error = await promise.then(
    () => assert.fail('expected the call to fail'),
    (error: unknown) => error,
  );
  assert.ok(error instanceof InspraakApiError, `an InspraakApiError, got ${String(error)}`);
  return error;
}

describe('polls', () => {
  test('health answers', async () => {
    const health = await resident().health();
    assert.equal(health.status, 'ok');
    assert.equal(health.database, 'sqlite');
  });

  test('get reads a poll with its options', async () => {
    const poll = await resident().polls.get('poll_demo');
    assert.equal(poll.id, 'poll_demo');
    assert.equal(poll.selection, 'single');
    assert.equal(poll.maxChoices, 1);
    assert.equal(poll.resultsVisibility, 'after-vote');
    assert.equal(poll.status, 'open');
    assert.ok(poll.options.length >= 2);
    for (const option of poll.options) assert.ok(option.id && option.label);
  });

  test('vote counts a ballot, shows after-vote results, and myBallot reads it back', async () => {
    const client = resident();
    const poll = await client.polls.get('poll_demo');
    assert.equal(await client.polls.myBallot('poll_demo'), null);
    const hidden = await client.polls.results('poll_demo');
    assert.equal(hidden.visible, false);
    assert.equal(hidden.hiddenReason, 'after-vote');
    assert.equal(hidden.options, undefined);

    const choice = poll.options[1]!.id;
    const receipt = await client.polls.vote('poll_demo', { optionIds: [choice] });
    assert.deepEqual(receipt.ballot.optionIds, [choice]);
    assert.equal(receipt.ballot.pollId, 'poll_demo');
    assert.equal(receipt.results.visible, true);

    const results = await client.polls.results('poll_demo');
    assert.equal(results.visible, true, 'the stored participant token makes after-vote results visible');
    assert.equal(results.version, receipt.results.version);
    assert.equal(results.totalBallots, receipt.results.totalBallots);
    assert.deepEqual((await client.polls.myBallot('poll_demo'))?.optionIds, [choice]);
  });

  test('a second vote changes the ballot instead of adding one', async () => {
    const client = resident();
    const poll = await client.polls.get('poll_demo_multi');
    const [a, b, c] = poll.options.map((option) => option.id);
    const first = await client.polls.vote('poll_demo_multi', { optionIds: [a!, b!] });
    const second = await client.polls.vote('poll_demo_multi', { optionIds: [c!] });
    const count = (results: typeof first.results, id: string | undefined) =>
      results.options?.find((option) => option.optionId === id)?.count;

    assert.equal(second.results.totalBallots, first.results.totalBallots);
    assert.equal(second.results.version, first.results.version + 1);
    assert.equal(count(second.results, a), count(first.results, a)! - 1);
    assert.equal(count(second.results, c), count(first.results, c)! + 1);
    assert.deepEqual((await client.polls.myBallot('poll_demo_multi'))?.optionIds, [c]);
  });

  test('a 422 carries field errors keyed by JSON pointer and the request id', async () => {
    const recorder = recordingFetch();
    const client = resident({ fetch: recorder.fetch });
    const poll = await client.polls.get('poll_demo');
    const tooMany = await apiError(
      client.polls.vote('poll_demo', { optionIds: [poll.options[0]!.id, poll.options[1]!.id] }),
    );
    assert.equal(tooMany.status, 422);
    assert.equal(tooMany.code, 'validation-failed');
    assert.equal(tooMany.kind, 'invalid');
    assert.equal(tooMany.retryable, false);
    assert.equal(tooMany.problem?.status, 422);
    const fields = tooMany.fieldErrors();
    const pointers = Object.keys(fields);
    assert.ok(pointers.length > 0 && pointers.every((pointer) => pointer.startsWith('/optionIds')), pointers.join());
    for (const errors of Object.values(fields)) for (const error of errors) assert.ok(error.code && error.detail);

    const sent = recorder.to('/ballots', 'POST').at(-1);
    assert.ok(tooMany.requestId);
    assert.equal(tooMany.requestId, sent?.response?.headers.get('x-request-id'));
    assert.equal(recorder.to('/ballots', 'POST').length, 1, 'a 422 is not retried');

    const unknown = await apiError(client.polls.vote('poll_demo', { optionIds: ['no_such_option'] }));
    assert.equal(unknown.status, 422);
    assert.ok(Object.keys(unknown.fieldErrors()).some((pointer) => pointer.startsWith('/optionIds')));
  });

  test('a 404 names the problem', async () => {
    const error = await apiError(resident().polls.get('no_such_poll'));
    assert.equal(error.status, 404);
    assert.equal(error.code, 'not-found');
    assert.match(error.problem?.type ?? '', /not-found$/);
    assert.ok(error.requestId);
    assert.deepEqual(error.fieldErrors(), {});
    const results = await apiError(resident().polls.results('no_such_poll'));
    assert.equal(results.status, 404);
  });

  test('a vote on a closed poll is a 409', async () => {
    const created = await admin().admin.polls.create({ question: 'Gesloten?', options: [{ label: 'Ja' }, { label: 'Nee' }] });
    await admin().admin.polls.close(created.id);
    const error = await apiError(resident().polls.vote(created.id, { optionIds: [created.options[0]!.id] }));
    assert.equal(error.status, 409);
    assert.ok(error.code.length > 0 && error.code !== 'http-409', error.code);
    assert.ok(error.requestId);
  });

  test('an unknown site key is a 401', async () => {
    const client = resident({ siteKey: 'pk_no_such_site' });
    const error = await apiError(client.polls.get('poll_demo'));
    assert.equal(error.status, 401);
    assert.ok(error.requestId);
    const token = await apiError(client.participants.token());
    assert.equal(token.status, 401);
  });
});
