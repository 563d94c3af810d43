import type { IdeaSupport } from '@inspraak/sdk';

/** Sent after a resident supported an idea or withdrew support, with the new count. */
export class InspraakSupportEvent extends Event {
  readonly detail: IdeaSupport;
  constructor(detail: IdeaSupport) {
    super('inspraak-support', { bubbles: true, composed: true });
    this.detail = detail;
  }
}
