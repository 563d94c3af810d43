/** English texts of the feedback map after sending and of its receipt view: the twins of `nl-map-receipt.ts`. */
import type { MapReceiptTexts } from './nl-map-receipt.ts';

export const enMapReceipt: MapReceiptTexts = {
  sentHeading: 'Thank you! Your report has been received.',
  sentPublished: 'Your report is now on the map.',
  sentPending: 'The city will check your report. Then it goes on the map.',
  photosSending: 'Sending photo {done} of {total}…',
  photosSent: { one: 'Your photo has been added.', other: 'Your {count} photos have been added.' },
  photoFailed: 'The photo {name} was not added. {reason}',
  receiptLabel: 'Link to your report',
  receiptHint: 'Keep this link. With it you can see later what the city does with your report.',
  copy: 'Copy the link',
  copied: 'The link has been copied.',
  another: 'Report something else',
  receiptHeading: 'Your report',
  receiptStatus: 'Status: {status}',
  receiptNote: 'Message from the city: {note}',
  receiptHistory: 'What happened',
  receiptFailed: 'Your report cannot be found right now. Check the link.',
  backToMap: 'Go to the report form',
};
