/**
 * @inspraak/widgets: the widget classes without registering their tags. Import
 * `@inspraak/widgets/poll` to register `<inspraak-poll>`, or call `InspraakPoll.define(tag)`.
 */
export { InspraakPoll } from './components/poll/poll.ts';
export { InspraakVoteEvent, InspraakVotedEvent } from './components/poll/poll-events.ts';
export { InspraakIdeaForm } from './components/idea-form/idea-form.ts';
export { InspraakSubmitEvent, InspraakSubmittedEvent } from './components/idea-form/idea-form-events.ts';
export { InspraakIdeaBoard } from './components/idea-board/idea-board.ts';
export { InspraakSupportEvent } from './components/idea-board/idea-board-events.ts';
export type { IdeaTexts } from './locales/nl-ideas.ts';
export type { IdeaBoardTexts } from './locales/nl-idea-board.ts';
export { InspraakFeedbackMap } from './components/feedback-map/feedback-map.ts';
export { InspraakReportSubmitEvent, InspraakReportSubmittedEvent } from './components/feedback-map/feedback-map-events.ts';
export type { Geocoder, Place } from './components/feedback-map/geocoder.ts';
export type { MapTexts } from './locales/nl-map.ts';
export { InspraakErrorEvent } from './base/events.ts';
export { InspraakElement } from './base/inspraak-element.ts';
export type { InspraakClient } from './base/client-context.ts';
export type { PollTexts as Texts } from './locales/nl-poll.ts';
/** The widgets' base styles (tokens, focus ring, 44 px targets), for components that should look like them; the staff console uses them. */
export { sharedStyles } from './base/shared-styles.ts';
