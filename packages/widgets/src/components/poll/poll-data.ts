/**
 * Reads what a poll widget needs in one go (the poll, this resident's ballot, the results), and
 * lets the CDN loader start that read before the widget's code has arrived.
 */
import { createPolls, type Ballot, type Poll, type PollResults, type PollsApi } from '@inspraak/sdk';
import { apiFor, type ClientSource } from '../../base/client-context.ts';

export interface PollData {
  poll: Poll;
  /** What this resident voted, read back from the server; `null` before they vote. */
  ballot: Ballot | null;
  results: PollResults;
}

/** The polls API for a widget's configuration (see `apiFor`). */
export const pollsFor = (source: ClientSource): PollsApi | undefined => apiFor(source, (client) => client.polls, createPolls);

/** Reads the loader started, by poll id: each is used once, by a widget with the same API. */
const prefetched = new Map<string, { polls: PollsApi; data: Promise<PollData> }>();

/** The poll, ballot and results, fetched in parallel; a read the loader started is used once. */
export function loadPollData(polls: PollsApi, pollId: string, signal?: AbortSignal): Promise<PollData> {
  const started = prefetched.get(pollId);
  prefetched.delete(pollId);
  return started?.polls === polls ? started.data : fetchPollData(polls, pollId, signal);
}

/** Starts reading a poll now, for a widget that is about to appear. */
export function prefetchPollData(polls: PollsApi, pollId: string): void {
  if (prefetched.has(pollId)) return;
  const data = fetchPollData(polls, pollId);
  data.catch(() => {}); // the widget reports the failure when it takes the result
  prefetched.set(pollId, { polls, data });
}

async function fetchPollData(polls: PollsApi, pollId: string, signal?: AbortSignal): Promise<PollData> {
  const [poll, ballot, results] = await Promise.all([
    polls.get(pollId, { signal }),
    polls.myBallot(pollId, { signal }),
    polls.results(pollId, { signal }),
  ]);
  return { poll, ballot, results };
}
