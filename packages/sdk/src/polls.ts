/** Resident calls on polls: read, vote, my ballot, results and live results. */
import type { CallOptions, WriteOptions } from './http.ts';
import type { ClientCore } from './core.ts';
import type { Ballot, BallotInput, BallotReceipt, Poll, PollResults } from '@inspraak/contract';
import { castBallot } from '@inspraak/contract/operations/castBallot';
import { getMyBallot } from '@inspraak/contract/operations/getMyBallot';
import { getPoll } from '@inspraak/contract/operations/getPoll';
import { getPollResults } from '@inspraak/contract/operations/getPollResults';
import { streamResultsOfPolls } from '@inspraak/contract/operations/streamResultsOfPolls';

export interface PollsApi {
  get(pollId: string, options?: CallOptions): Promise<Poll>;
  /** What this participant voted, or `null`. */
  myBallot(pollId: string, options?: CallOptions): Promise<Ballot | null>;
  /** Casts or changes this participant's ballot. */
  vote(pollId: string, input: BallotInput, options?: WriteOptions): Promise<BallotReceipt>;
  results(pollId: string, options?: CallOptions): Promise<PollResults>;
  /**
   * Live results: the current ones first, then each change; ends when `signal` aborts. All
   * subscriptions of one client share one connection (browsers allow six per origin).
   */
  subscribe(pollId: string, options?: CallOptions): AsyncIterableIterator<PollResults>;
}

export function createPolls({ http, participants }: ClientCore): PollsApi {
  let live: Promise<(pollId: string, signal?: AbortSignal) => AsyncIterableIterator<PollResults>> | undefined;
  return {
    get: (pollId, { signal } = {}) => http.call(getPoll, { pollId, signal }),

    myBallot: (pollId, { signal } = {}) =>
      participants
        .withToken((headers) => http.call(getMyBallot, { pollId, headers, signal }), signal, true)
        .then((mine) => mine.ballot),

    // `send` generates the Idempotency-Key (when none is given) once per token and reuses it on
    // every retry; a call repeated after a 401 with a new token gets a new key, as it never counted.
    vote: (pollId, input, { signal, idempotencyKey } = {}) =>
      participants.withToken(
        (headers) =>
          http.call(castBallot, { pollId, body: input, headers, signal, idempotencyKey }),
        signal,
        true,
      ),

    // Results need no token of their own; a stored one lets `after-vote` results show.
    results: (pollId, { signal } = {}) =>
      participants.withToken((headers) => http.call(getPollResults, { pollId, headers, signal }), signal, false),

    // The stream's code loads on first use: a page that never shows live results never downloads it.
    subscribe: async function* (pollId, { signal } = {}) {
      live ??= import('./event-stream.ts').then(({ pollStreams }) =>
        pollStreams<PollResults>((pollIds, lastEventId, connection) =>
          participants.withToken(
            (headers) =>
              http.send(streamResultsOfPolls, {
                query: { pollIds },
                headers: {
                  ...headers,
                  accept: 'text/event-stream',
                  ...(lastEventId === undefined ? {} : { 'last-event-id': lastEventId }),
                },
                signal: connection,
              }),
            connection,
            true,
          ),
          http.idle,
        ),
      );
      yield* (await live)(pollId, signal);
    },
  };
}
