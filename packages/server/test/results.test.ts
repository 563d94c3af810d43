import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { adminHeaders, createPoll, newParticipant, results, siteHeaders, vote, voterHeaders } from './support/fixtures.ts';

const options = [{ label: 'Ja' }, { label: 'Nee' }, { label: 'Weet niet' }];

describe('GET /polls/{pollId}/results (getPollResults)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  async function close(pollId: string) {
    const response = await call(server.baseUrl, 'closePoll', { method: 'POST', path: `/admin/polls/${pollId}/close`, headers: adminHeaders(server) });
    assert.equal(response.status, 200);
  }

  it('always: counts and percentages for everyone, from the counters', async () => {
    const poll = await createPoll(server, { question: 'Altijd?', options, resultsVisibility: 'always' });
    const [ja, nee] = poll.options.map((o) => o.id);
    for (const choice of [ja, ja, nee]) await vote(server, poll.id, await newParticipant(server), [choice!]);
    const response = await results(server, poll.id);
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, {
      pollId: poll.id,
      version: 3,
      visible: true,
      hiddenReason: null,
      totalBallots: 3,
      options: [
        { optionId: ja, count: 2, percentage: 66.7 },
        { optionId: nee, count: 1, percentage: 33.3 },
        { optionId: poll.options[2]!.id, count: 0, percentage: 0 },
      ],
    });
  });

  it('after-vote: hidden before voting, visible to the voter, and to everyone once closed', async () => {
    const poll = await createPoll(server, { question: 'Na stemmen?', options, resultsVisibility: 'after-vote' });
    const voter = await newParticipant(server);
    const bystander = await newParticipant(server);
    const beforeVote = await results(server, poll.id, voterHeaders(server, voter));
    assert.deepEqual(beforeVote.body, { pollId: poll.id, version: 0, visible: false, hiddenReason: 'after-vote' });
    await vote(server, poll.id, voter, [poll.options[0]!.id]);
    assert.equal((await results(server, poll.id, voterHeaders(server, voter))).body.visible, true);
    const hidden = await results(server, poll.id, voterHeaders(server, bystander));
    assert.equal(hidden.body.visible, false);
    assert.equal(hidden.body.totalBallots, undefined, 'no counts leave the server when hidden');
    assert.equal((await results(server, poll.id)).body.hiddenReason, 'after-vote');
    await close(poll.id);
    assert.equal((await results(server, poll.id)).body.visible, true);
  });

  it('after-close: hidden even for voters until the poll closes', async () => {
    const poll = await createPoll(server, { question: 'Na sluiten?', options, resultsVisibility: 'after-close' });
    const voter = await newParticipant(server);
    await vote(server, poll.id, voter, [poll.options[1]!.id]);
    const open = await results(server, poll.id, voterHeaders(server, voter));
    assert.equal(open.body.hiddenReason, 'after-close');
    await close(poll.id);
    const closed = await results(server, poll.id);
    assert.equal(closed.body.visible, true);
    assert.equal(closed.body.totalBallots, 1);
  });

  it('never: hidden from residents, also after closing', async () => {
    const poll = await createPoll(server, { question: 'Nooit?', options, resultsVisibility: 'never' });
    const voter = await newParticipant(server);
    const receipt = await vote(server, poll.id, voter, [poll.options[0]!.id]);
    assert.deepEqual(receipt.body.results, { pollId: poll.id, version: 1, visible: false, hiddenReason: 'never' });
    await close(poll.id);
    assert.equal((await results(server, poll.id, voterHeaders(server, voter))).body.hiddenReason, 'never');
  });

  it('minBallots: below-minimum until enough ballots are in', async () => {
    const poll = await createPoll(server, { question: 'Drempel?', options, resultsVisibility: 'always', minBallots: 2 });
    await vote(server, poll.id, await newParticipant(server), [poll.options[0]!.id]);
    assert.equal((await results(server, poll.id)).body.hiddenReason, 'below-minimum');
    await vote(server, poll.id, await newParticipant(server), [poll.options[0]!.id]);
    const shown = await results(server, poll.id);
    assert.equal(shown.body.visible, true);
    assert.equal(shown.body.totalBallots, 2);
  });

  it('ETag: 304 while nothing changes; differs by visibility and by version; Vary names the participant token', async () => {
    const poll = await createPoll(server, { question: 'ETag?', options, resultsVisibility: 'after-vote' });
    const voter = await newParticipant(server);
    await vote(server, poll.id, voter, [poll.options[0]!.id]);
    const seen = await results(server, poll.id, voterHeaders(server, voter));
    const hidden = await results(server, poll.id, siteHeaders(server));
    assert.notEqual(seen.headers.get('etag'), hidden.headers.get('etag'), 'visible and hidden variants differ');
    assert.match(seen.headers.get('vary') ?? '', /Inspraak-Participant-Token/i);

    const notModified = await results(server, poll.id, { ...voterHeaders(server, voter), 'if-none-match': seen.headers.get('etag')! });
    assert.equal(notModified.status, 304);
    // The hidden variant's tag does not stand for the visible representation.
    const crossed = await results(server, poll.id, { ...voterHeaders(server, voter), 'if-none-match': hidden.headers.get('etag')! });
    assert.equal(crossed.status, 200);

    await vote(server, poll.id, await newParticipant(server), [poll.options[1]!.id]);
    const newer = await results(server, poll.id, { ...voterHeaders(server, voter), 'if-none-match': seen.headers.get('etag')! });
    assert.equal(newer.status, 200);
    assert.equal(newer.body.version, 2);
  });

  it('404 for an unknown poll, 401 without a site key', async () => {
    assert.equal((await results(server, 'poll_nope')).status, 404);
    assert.equal((await results(server, 'poll_demo', {})).status, 401);
  });
});
