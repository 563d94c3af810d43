/**
 * Loaded by the CDN loader next to the poll's code: starts reading each poll on the page at once,
 * so the data is on its way while the component's code is still downloading.
 */
import { pollsFor, prefetchPollData } from '../components/poll/poll-data.ts';

export function prefetch(elements: Iterable<Element>): void {
  for (const element of elements) {
    const pollId = element.getAttribute('poll');
    const polls = pollsFor({ api: element.getAttribute('api') ?? undefined, siteKey: element.getAttribute('site-key') ?? undefined });
    if (pollId && polls) prefetchPollData(polls, pollId);
  }
}
