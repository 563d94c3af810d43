/**
 * @inspraak/widgets: the widget classes without registering their tags. Import
 * `@inspraak/widgets/poll` to register `<inspraak-poll>`, or call `InspraakPoll.define(tag)`.
 */
export { InspraakPoll } from './components/poll/poll.ts';
export { InspraakVoteEvent, InspraakVotedEvent } from './components/poll/poll-events.ts';
export { InspraakErrorEvent } from './base/events.ts';
export { InspraakElement } from './base/inspraak-element.ts';
export type { InspraakClient } from './base/client-context.ts';
export type { Texts } from './locales/nl.ts';
