import type { IdeaInput, IdeaSubmission } from '@inspraak/sdk';

/** Sent before an idea is sent; call `preventDefault()` to stop it (for example to ask for consent first). */
export class InspraakSubmitEvent extends Event {
  readonly detail: { boardId: string; idea: IdeaInput };
  constructor(detail: { boardId: string; idea: IdeaInput }) {
    super('inspraak-submit', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

/** Sent after the server received an idea; `submission.receipt` is the resident's only copy of the receipt. */
export class InspraakSubmittedEvent extends Event {
  readonly detail: IdeaSubmission;
  constructor(detail: IdeaSubmission) {
    super('inspraak-submitted', { bubbles: true, composed: true });
    this.detail = detail;
  }
}
