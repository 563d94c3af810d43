// A developer's TypeScript: the SDK's and the widgets' published types, checked by `tsc --strict`
// under node16 and bundler resolution (tsconfig.node16.json, tsconfig.bundler.json).
import { createClient, InspraakApiError, type Poll, type PollResults } from '@inspraak/sdk';
import type { components, paths } from '@inspraak/sdk/types';
import { InspraakPoll, InspraakVotedEvent, type Texts } from '@inspraak/widgets';
import '@inspraak/widgets/poll';

const client = createClient({ baseUrl: 'https://inspraak.example.nl/v1', siteKey: 'pk_example' });

export async function firstOption(pollId: string): Promise<string | undefined> {
  const poll: Poll = await client.polls.get(pollId);
  const fromContract: components['schemas']['Poll'] = poll;
  return fromContract.options[0]?.id;
}

export async function total(pollId: string): Promise<number> {
  try {
    const results: PollResults = await client.polls.results(pollId);
    return results.totalBallots ?? 0;
  } catch (error) {
    if (error instanceof InspraakApiError && error.retryAfter !== undefined) return -1;
    throw error;
  }
}

export type PollPath = keyof paths;

// `@inspraak/widgets/poll` registers the tag in HTMLElementTagNameMap and its events in the event maps.
const element: InspraakPoll = document.createElement('inspraak-poll');
element.poll = 'poll_demo';
element.addEventListener('inspraak-voted', (event) => {
  const voted: InspraakVotedEvent = event;
  console.log(voted.detail);
});
export const texts: Partial<Texts> = {};
