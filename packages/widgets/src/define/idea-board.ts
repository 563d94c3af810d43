/** Registers `<inspraak-idea-board>`. Import this (or the CDN loader does) to use the tag on a page. */
import { InspraakIdeaBoard } from '../components/idea-board/idea-board.ts';

InspraakIdeaBoard.define('inspraak-idea-board');

export { InspraakIdeaBoard };
