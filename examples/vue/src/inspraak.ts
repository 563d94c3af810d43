// What the app hands the widgets: one SDK client for the page's own origin (the Vite dev server proxies
// `/v1` to `npm start`'s server), the ids of the demo poll and board, and texts that replace built-in ones.
import { createClient } from '@inspraak/sdk';
import { markRaw } from 'vue';

// markRaw: Vue must not wrap the client in a reactive proxy; the widget gets the object itself.
export const client = markRaw(createClient({ baseUrl: new URL('/v1', location.href).href, siteKey: 'pk_demo_voorbeeld' }));
export const pollId = 'poll_demo';
export const boardId = 'board_demo';

export const pollTexts = { submit: 'Vote from Vue' };
export const ideaTexts = { submit: 'Send my idea from Vue' };

let labels: Promise<Map<string, string>> | undefined;

/** The labels of the poll's options, read with the same client the widget uses. */
export async function optionLabels(optionIds: string[]): Promise<string[]> {
  labels ??= client.polls.get(pollId).then((poll) => new Map(poll.options.map((option) => [option.id, option.label])));
  const byId = await labels;
  return optionIds.map((id) => byId.get(id) ?? id);
}
