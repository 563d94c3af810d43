/** Registers `<inspraak-poll>`. Import this (or the CDN loader does) to use the tag on a page. */
import { InspraakPoll } from '../components/poll/poll.ts';

InspraakPoll.define('inspraak-poll');

export { InspraakPoll };
