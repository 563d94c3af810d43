import type { ReportCreate, ReportReceipt } from '@inspraak/sdk';

/** Sent before a report is sent; call `preventDefault()` to stop it (for example to ask for consent first). */
export class InspraakReportSubmitEvent extends Event {
  readonly detail: { mapId: string; report: ReportCreate };
  constructor(detail: { mapId: string; report: ReportCreate }) {
    super('inspraak-submit', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

/** Sent after the server received a report (photos follow). `receipt` is shown once: the widget shows it as a link. */
export class InspraakReportSubmittedEvent extends Event {
  readonly detail: ReportReceipt;
  constructor(detail: ReportReceipt) {
    super('inspraak-submitted', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

// `inspraak-submit` and `inspraak-submitted` are shared names (the idea form sends them too, with
// another detail), so they are not added to `GlobalEventHandlersEventMap` here: listen with
// `(event) => (event as InspraakReportSubmitEvent).detail` or check `instanceof`.
