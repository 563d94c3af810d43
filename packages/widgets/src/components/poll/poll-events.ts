import type { Ballot, PollResults } from '@inspraak/sdk';

/** Sent before a vote is sent; call `preventDefault()` to stop it (for example to ask for consent first). */
export class InspraakVoteEvent extends Event {
  readonly detail: { pollId: string; optionIds: string[] };
  constructor(detail: { pollId: string; optionIds: string[] }) {
    super('inspraak-vote', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

/** Sent after the server counted a vote. `results.visible` is false when the poll hides them. */
export class InspraakVotedEvent extends Event {
  readonly detail: { ballot: Ballot; results: PollResults };
  constructor(detail: { ballot: Ballot; results: PollResults }) {
    super('inspraak-voted', { bubbles: true, composed: true });
    this.detail = detail;
  }
}
