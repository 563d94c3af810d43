/** The anonymous participant token: issued lazily, shared, stored per API origin and site key, renewed on 401. */
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

const resident = (options: Partial<ClientOptions> = {}) =>
  createClient({ baseUrl: server.baseUrl, siteKey: server.siteKey, participantStore: new Map(), ...options });
const storeKey = () => `inspraak:participant:${server.origin}:${server.siteKey}`;

describe('participants', () => {
  test('no token is issued until a call needs one', async () => {
    const recorder = recordingFetch();
    const store = new Map<string, string>();
    const client = resident({ fetch: recorder.fetch, participantStore: store });
    await client.polls.get('poll_demo');
    await client.polls.results('poll_demo');
    assert.equal(recorder.to('/participants').length, 0);
    assert.equal(recorder.to('/results')[0]?.headers.get('inspraak-participant-token'), null);
    assert.equal(store.size, 0);
  });

  test('token() issues a token once, stores it under the origin and site key, and reuses it', async () => {
    const recorder = recordingFetch();
    const store = new Map<string, string>();
    const client = resident({ fetch: recorder.fetch, participantStore: store });
    const token = await client.participants.token();
    assert.match(token, /^pt_[A-Za-z0-9_-]{20,}$/);
    assert.deepEqual([...store], [[storeKey(), token]]);
    assert.equal(await client.participants.token(), token);
    await client.polls.myBallot('poll_demo');
    assert.equal(recorder.to('/participants', 'POST').length, 1);
    assert.equal(recorder.to('/ballot')[0]?.headers.get('inspraak-participant-token'), token);
    assert.equal(recorder.to('/participants')[0]?.headers.get('inspraak-site-key'), server.siteKey);
  });

  test('concurrent calls share one issuance', async () => {
    const recorder = recordingFetch();
    const client = resident({ fetch: recorder.fetch });
    const poll = await client.polls.get('poll_demo_multi');
    const [token, ballot, receipt] = await Promise.all([
      client.participants.token(),
      client.polls.myBallot('poll_demo_multi'),
      client.polls.vote('poll_demo_multi', { optionIds: [poll.options[0]!.id] }),
      client.participants.token(),
    ]);
    assert.equal(recorder.to('/participants', 'POST').length, 1);
    assert.ok(ballot === null || ballot.optionIds.length === 1);
    assert.equal(receipt.ballot.pollId, 'poll_demo_multi');
    for (const request of [...recorder.to('/ballot'), ...recorder.to('/ballots')]) {
      assert.equal(request.headers.get('inspraak-participant-token'), token);
    }
  });

  test('two clients sharing a store are one participant (a page reload)', async () => {
    const store = new Map<string, string>();
    const first = resident({ participantStore: store });
    const poll = await first.polls.get('poll_demo');
    await first.polls.vote('poll_demo', { optionIds: [poll.options[0]!.id] });

    const recorder = recordingFetch();
    const reloaded = resident({ participantStore: store, fetch: recorder.fetch });
    assert.deepEqual((await reloaded.polls.myBallot('poll_demo'))?.optionIds, [poll.options[0]!.id]);
    assert.equal((await reloaded.polls.results('poll_demo')).visible, true);
    assert.equal(recorder.to('/participants').length, 0, 'the stored token was used');

    const stranger = resident();
    assert.equal(await stranger.polls.myBallot('poll_demo'), null);
    assert.notEqual(await stranger.participants.token(), await reloaded.participants.token());
  });

  test('a token the server does not know (say, after a database reset) is replaced once, and the call succeeds', async () => {
    const store = new Map([[storeKey(), `pt_${'x'.repeat(30)}`]]);
    const recorder = recordingFetch();
    const client = resident({ participantStore: store, fetch: recorder.fetch });
    const poll = await client.polls.get('poll_demo_multi');

    const receipt = await client.polls.vote('poll_demo_multi', { optionIds: [poll.options[1]!.id] });
    assert.deepEqual(receipt.ballot.optionIds, [poll.options[1]!.id]);
    const posts = recorder.to('/ballots', 'POST');
    assert.equal(posts.length, 2, 'refused once, then sent with the new token');
    assert.equal(posts[0]?.response?.status, 401);
    assert.equal(recorder.to('/participants', 'POST').length, 1);
    const renewed = store.get(storeKey());
    assert.notEqual(renewed, `pt_${'x'.repeat(30)}`);
    assert.equal(posts[1]?.headers.get('inspraak-participant-token'), renewed);
    assert.deepEqual((await client.polls.myBallot('poll_demo_multi'))?.optionIds, [poll.options[1]!.id]);
    assert.equal(recorder.to('/participants', 'POST').length, 1);
  });

  test('concurrent calls with an unknown token renew it once', async () => {
    const store = new Map([[storeKey(), `pt_${'y'.repeat(30)}`]]);
    const recorder = recordingFetch();
    const client = resident({ participantStore: store, fetch: recorder.fetch });
    const ballots = await Promise.all([client.polls.myBallot('poll_demo'), client.polls.myBallot('poll_demo_multi')]);
    assert.deepEqual(ballots, [null, null]);
    assert.equal(recorder.to('/participants', 'POST').length, 1);
  });

  test('a 401 for the site key is not hidden by renewing the token', async () => {
    const store = new Map([[`inspraak:participant:${server.origin}:pk_unknown`, `pt_${'z'.repeat(30)}`]]);
    const recorder = recordingFetch();
    const client = resident({ siteKey: 'pk_unknown', participantStore: store, fetch: recorder.fetch });
    const error = await client.polls.myBallot('poll_demo').then(
      () => assert.fail('expected a 401'),
      (error: unknown) => error,
    );
    assert.ok(error instanceof InspraakApiError);
    assert.equal(error.status, 401);
    assert.equal(recorder.to('/participants', 'POST').length, 1, 'tried once to get a new token');
    assert.equal(recorder.to('/ballot').length, 1);
  });
});
