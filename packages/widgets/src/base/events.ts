/** Events every widget may send. Domain events bubble and cross shadow roots (`composed`). */

/** Sent when a call to the API fails; the widget shows a message and keeps what the resident entered. */
export class InspraakErrorEvent extends Event {
  readonly detail: { error: unknown };
  constructor(error: unknown) {
    super('inspraak-error', { bubbles: true, composed: true });
    this.detail = { error };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'inspraak-error': InspraakErrorEvent;
  }
}
