/**
 * `http.call(operation, …)`: the contract's operation constants give method and path, against the
 * real server; and (checked by the `types` step) a call whose shape the contract does not allow
 * does not compile.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Poll } from '@inspraak/contract';
import { castBallot } from '@inspraak/contract/operations/castBallot';
import { getPoll } from '@inspraak/contract/operations/getPoll';
import { getPollResults } from '@inspraak/contract/operations/getPollResults';
import { streamResultsOfPolls } from '@inspraak/contract/operations/streamResultsOfPolls';
import { listReports } from '@inspraak/contract/operations/listReports';
import { startTestServer } from '../../server/src/testing.ts';
import { createCore, InspraakApiError } from '../src/index.ts';
import type { Http } from '../src/http.ts';
import { recordingFetch } from './recording-fetch.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const recorded = () => {
  const recording = recordingFetch();
  const { http } = createCore({ baseUrl: server.baseUrl, siteKey: server.siteKey, fetch: recording.fetch, participantStore: new Map() });
  return { http, recording };
};

describe('typed calls', () => {
  test('the operation gives method and path; the answer is the parsed JSON', async () => {
    const { http, recording } = recorded();
    const poll: Poll = await http.call(getPoll, { pollId: 'poll_demo' });
    assert.equal(poll.id, 'poll_demo');
    assert.equal(recording.sent[0]!.method, 'GET');
    assert.equal(recording.sent[0]!.url.pathname, '/v1/polls/poll_demo');
  });

  test('a path parameter is encoded, so it cannot reach another route', async () => {
    const { http, recording } = recorded();
    const error = await http.call(getPollResults, { pollId: '../health?x=1' }).catch((e: unknown) => e);
    assert.equal(recording.sent[0]!.url.pathname, '/v1/polls/..%2Fhealth%3Fx%3D1/results');
    assert.equal(recording.sent[0]!.url.search, '');
    // The server read it as the one poll id it is, and refused its characters.
    assert.ok(error instanceof InspraakApiError && error.kind === 'invalid', String(error));
    assert.deepEqual(Object.keys(error.fieldErrors()), ['#/path/pollId']);
  });

  test('a query leaves out what is undefined and sends a list as the contract writes it (commas)', async () => {
    const { http, recording } = recorded();
    const controller = new AbortController();
    const response = await http.send(streamResultsOfPolls, {
      query: { pollIds: ['poll_demo', 'poll_demo_multi'] },
      headers: { accept: 'text/event-stream' },
      signal: controller.signal,
    });
    assert.equal(response.status, 200);
    controller.abort();
    await http.call(listReports, { mapId: 'map_demo', query: { limit: 2, cursor: undefined } }).catch(() => {});
    assert.equal(recording.sent[0]!.url.searchParams.get('pollIds'), 'poll_demo,poll_demo_multi');
    assert.equal(recording.sent[1]!.url.search, '?limit=2');
  });
});

/** Never called: the `types` step fails when the contract's types stop refusing these calls. */
export function refusedByTheContract(http: Http) {
  // @ts-expect-error the path parameter is missing
  void http.call(getPoll, {});
  // @ts-expect-error a path parameter of another operation
  void http.call(getPoll, { boardId: 'b' });
  // @ts-expect-error the body is not a BallotInput
  void http.call(castBallot, { pollId: 'p', body: { optionId: 'a' } });
  // @ts-expect-error the body is required
  void http.call(castBallot, { pollId: 'p' });
  // @ts-expect-error the query member is not in the contract
  void http.call(listReports, { mapId: 'm', query: { page: 2 } });
  // @ts-expect-error the result is a poll, not results
  const results: Promise<{ totalBallots: number }> = http.call(getPoll, { pollId: 'p' });
  return results;
}
