import type { ReportCreate, ReportReceipt } from '@inspraak/sdk';

/** Sent before a report is sent; call `preventDefault()` to stop it (for example to ask for consent first). */
export class InspraakReportSubmitEvent extends Event {
  readonly detail: { mapId: string; report: ReportCreate };
  constructor(detail: { mapId: string; report: ReportCreate }) {
    super('inspraak-report-submit', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

/** Sent after the server received a report (photos follow). `receipt` is shown once: the widget shows it as a link. */
export class InspraakReportSubmittedEvent extends Event {
  readonly detail: ReportReceipt;
  constructor(detail: ReportReceipt) {
    super('inspraak-report-submitted', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

// Names of their own (not the idea form's `inspraak-submit`), so each event has one detail type.
declare global {
  interface GlobalEventHandlersEventMap {
    'inspraak-report-submit': InspraakReportSubmitEvent;
    'inspraak-report-submitted': InspraakReportSubmittedEvent;
  }
}
