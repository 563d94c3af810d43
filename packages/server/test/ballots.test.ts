import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { createSite } from '../src/services/site-service.ts';
import { call } from './support/api.ts';
import { countersOf, createPoll, hourAgo, hourFromNow, newParticipant, vote, voterHeaders } from './support/fixtures.ts';

describe('POST /polls/{pollId}/ballots (castBallot) and GET /polls/{pollId}/ballot (getMyBallot)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('counts a first ballot (201), replaces it (200) and keeps the counters right', async () => {
    const token = await newParticipant(server);
    const before = await countersOf(server, 'poll_demo');
    const first = await vote(server, 'poll_demo', token, ['opt_groen']);
    assert.equal(first.status, 201);
    assert.deepEqual(first.body.ballot.optionIds, ['opt_groen']);
    assert.equal(first.body.ballot.pollId, 'poll_demo');
    assert.equal(first.body.results.visible, true, 'after-vote: the voter sees results');
    assert.equal(first.body.results.version, before.results_version + 1);

    const second = await vote(server, 'poll_demo', token, ['opt_markt']);
    assert.equal(second.status, 200);
    assert.equal(second.body.results.version, before.results_version + 2);
    const counters = await countersOf(server, 'poll_demo');
    assert.equal(counters.total_ballots, before.total_ballots + 1);
    assert.equal(counters.ballots, before.ballots + 1);
    assert.equal(counters.options.opt_groen, before.options.opt_groen);
    assert.equal(counters.options.opt_markt, before.options.opt_markt! + 1);
    const markt = second.body.results.options.find((o: { optionId: string }) => o.optionId === 'opt_markt');
    assert.equal(markt.count, counters.options.opt_markt);
  });

  it('reads back my ballot, or null before voting', async () => {
    const token = await newParticipant(server);
    const none = await call(server.baseUrl, 'getMyBallot', { path: '/polls/poll_demo/ballot', headers: voterHeaders(server, token) });
    assert.equal(none.status, 200);
    assert.deepEqual(none.body, { ballot: null });
    await vote(server, 'poll_demo_multi', token, ['opt_bomen', 'opt_water']);
    await vote(server, 'poll_demo', token, ['opt_spelen']);
    const mine = await call(server.baseUrl, 'getMyBallot', { path: '/polls/poll_demo_multi/ballot', headers: voterHeaders(server, token) });
    assert.deepEqual(mine.body.ballot.optionIds, ['opt_bomen', 'opt_water']);
    assert.equal(mine.body.ballot.pollId, 'poll_demo_multi');
  });

  it('getMyBallot: 401 without a participant token, 404 for an unknown poll', async () => {
    const noToken = await call(server.baseUrl, 'getMyBallot', { path: '/polls/poll_demo/ballot', headers: { 'inspraak-site-key': server.siteKey } });
    assert.equal(noToken.status, 401);
    assert.equal(noToken.body.code, 'participant-token-missing');
    const token = await newParticipant(server);
    const unknown = await call(server.baseUrl, 'getMyBallot', { path: '/polls/poll_nope/ballot', headers: voterHeaders(server, token) });
    assert.equal(unknown.status, 404);
  });

  it('multiple choice: moves counters for dropped and added options only', async () => {
    const token = await newParticipant(server);
    const before = await countersOf(server, 'poll_demo_multi');
    await vote(server, 'poll_demo_multi', token, ['opt_bomen', 'opt_bankjes']);
    await vote(server, 'poll_demo_multi', token, ['opt_bankjes', 'opt_water']);
    const counters = await countersOf(server, 'poll_demo_multi');
    assert.equal(counters.options.opt_bomen, before.options.opt_bomen);
    assert.equal(counters.options.opt_bankjes, before.options.opt_bankjes! + 1);
    assert.equal(counters.options.opt_water, before.options.opt_water! + 1);
    assert.equal(counters.total_ballots, before.total_ballots + 1);
  });

  /** Each bad request must leave the counters exactly as they were. */
  async function unchanged(pollId: string, attempt: () => Promise<void>) {
    const before = await countersOf(server, pollId);
    await attempt();
    assert.deepEqual(await countersOf(server, pollId), before);
  }

  it('422 for an unknown option, pointing at it', async () => {
    const token = await newParticipant(server);
    await unchanged('poll_demo_multi', async () => {
      const response = await vote(server, 'poll_demo_multi', token, ['opt_bomen', 'opt_nope']);
      assert.equal(response.status, 422);
      assert.deepEqual(response.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]), [['/optionIds/1', 'unknown-option']]);
    });
  });

  it('422 for too many choices', async () => {
    const token = await newParticipant(server);
    await unchanged('poll_demo', async () => {
      const response = await vote(server, 'poll_demo', token, ['opt_groen', 'opt_markt']);
      assert.equal(response.status, 422);
      assert.deepEqual(response.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]), [['/optionIds', 'too-many-choices']]);
    });
  });

  it('422 for an empty choice, a missing field, a duplicate, a wrong type and an unknown field', async () => {
    const token = await newParticipant(server);
    const cases: Array<[unknown, string, string]> = [
      [{ optionIds: [] }, '/optionIds', 'too-few'],
      [{}, '/optionIds', 'required'],
      [{ optionIds: ['opt_bomen', 'opt_bomen'] }, '/optionIds/1', 'duplicate'],
      [{ optionIds: 'opt_bomen' }, '/optionIds', 'wrong-type'],
      [{ optionIds: ['opt_bomen'], extra: 1 }, '/extra', 'unknown-field'],
      [{ optionIds: ['bad id'] }, '/optionIds/0', 'invalid-format'],
    ];
    for (const [json, pointer, code] of cases) {
      await unchanged('poll_demo_multi', async () => {
        const response = await call(server.baseUrl, 'castBallot', {
          method: 'POST',
          path: '/polls/poll_demo_multi/ballots',
          headers: voterHeaders(server, token),
          json,
        });
        assert.equal(response.status, 422, JSON.stringify(json));
        assert.equal(response.body.code, 'validation-failed');
        assert.deepEqual(response.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]), [[pointer, code]], JSON.stringify(json));
      });
    }
  });

  it('400 for malformed JSON, 415 for another media type, 413 for a huge body, 400 without body', async () => {
    const token = await newParticipant(server);
    const path = '/polls/poll_demo_multi/ballots';
    await unchanged('poll_demo_multi', async () => {
      const malformed = await call(server.baseUrl, 'castBallot', {
        method: 'POST',
        path,
        headers: { ...voterHeaders(server, token), 'content-type': 'application/json' },
        body: '{"optionIds": [',
      });
      assert.equal(malformed.status, 400);
      assert.equal(malformed.body.code, 'malformed-json');

      const text = await call(server.baseUrl, 'castBallot', {
        method: 'POST',
        path,
        headers: { ...voterHeaders(server, token), 'content-type': 'text/plain' },
        body: 'opt_bomen',
      });
      assert.equal(text.status, 415);

      const form = await call(server.baseUrl, 'castBallot', {
        method: 'POST',
        path,
        headers: { ...voterHeaders(server, token), 'content-type': 'application/x-www-form-urlencoded' },
        body: 'optionIds=opt_bomen',
      });
      assert.equal(form.status, 415);

      const huge = await call(server.baseUrl, 'castBallot', {
        method: 'POST',
        path,
        headers: voterHeaders(server, token),
        json: { optionIds: ['opt_bomen'], padding: 'x'.repeat(20_000) },
      });
      assert.equal(huge.status, 413);
      assert.equal(huge.body.code, 'payload-too-large');

      const empty = await call(server.baseUrl, 'castBallot', { method: 'POST', path, headers: voterHeaders(server, token) });
      assert.equal(empty.status, 400);
    });
  });

  it('409 when the poll is closed or not open yet', async () => {
    const token = await newParticipant(server);
    const later = await createPoll(server, { question: 'Later?', options: [{ label: 'Ja' }, { label: 'Nee' }], opensAt: hourFromNow() });
    await unchanged(later.id, async () => {
      const response = await vote(server, later.id, token, [later.options[0]!.id]);
      assert.equal(response.status, 409);
      assert.equal(response.body.code, 'poll-not-open');
    });
    const past = await createPoll(server, {
      question: 'Voorbij?',
      options: [{ label: 'Ja' }, { label: 'Nee' }],
      opensAt: new Date(Date.now() - 7200_000).toISOString(),
      closesAt: hourAgo(),
    });
    await unchanged(past.id, async () => {
      const response = await vote(server, past.id, token, [past.options[0]!.id]);
      assert.equal(response.status, 409);
      assert.equal(response.body.code, 'poll-closed');
    });
  });

  it('401 without or with an unknown participant token; a token of another site is unknown here', async () => {
    await unchanged('poll_demo', async () => {
      const none = await call(server.baseUrl, 'castBallot', {
        method: 'POST',
        path: '/polls/poll_demo/ballots',
        headers: { 'inspraak-site-key': server.siteKey },
        json: { optionIds: ['opt_groen'] },
      });
      assert.equal(none.status, 401);
      const unknown = await vote(server, 'poll_demo', 'pt_000000000000000000000000', ['opt_groen']);
      assert.equal(unknown.status, 401);
      assert.equal(unknown.body.code, 'participant-token-unknown');

      const other = await createSite({ db: server.app.inspraak.db, now: () => new Date() }, { name: 'Ander', origins: ['https://a.example'] });
      const foreignToken = await newParticipant(server, other.site.publicKey);
      const foreign = await vote(server, 'poll_demo', foreignToken, ['opt_groen']);
      assert.equal(foreign.status, 401);
    });
  });

  it('404 for an unknown poll', async () => {
    const token = await newParticipant(server);
    const response = await vote(server, 'poll_nope', token, ['opt_groen']);
    assert.equal(response.status, 404);
  });
});
