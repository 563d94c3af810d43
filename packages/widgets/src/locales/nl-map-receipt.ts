/**
 * Dutch texts of the feedback map after sending and of its receipt view (B1; "u" everywhere). They
 * travel with that view's chunk, which loads while a report is sent.
 */
export const nlMapReceipt = {
  sentHeading: 'Bedankt! Uw melding is ontvangen.',
  sentPublished: 'Uw melding staat nu op de kaart.',
  sentPending: 'De gemeente bekijkt uw melding. Daarna komt hij op de kaart.',
  photosSending: 'Foto {done} van {total} wordt verstuurd…',
  photosSent: { one: 'Uw foto is toegevoegd.', other: 'Uw {count} foto’s zijn toegevoegd.' },
  photoFailed: 'De foto {name} is niet toegevoegd. {reason}',
  receiptLabel: 'Link naar uw melding',
  receiptHint: 'Bewaar deze link. Daarmee ziet u later wat de gemeente met uw melding doet.',
  copy: 'Kopieer de link',
  copied: 'De link is gekopieerd.',
  another: 'Meld nog iets',
  receiptHeading: 'Uw melding',
  receiptStatus: 'Status: {status}',
  receiptNote: 'Bericht van de gemeente: {note}',
  receiptHistory: 'Wat er gebeurde',
  receiptFailed: 'Uw melding kan nu niet worden gevonden. Controleer de link.',
  backToMap: 'Naar het meldformulier',
  eraseButton: 'Verwijder mijn melding',
  eraseHeading: 'Wilt u uw melding echt verwijderen?',
  eraseText: 'Wij verwijderen uw melding helemaal: de tekst, de plek, uw antwoorden en uw foto’s. Ook de steunbetuigingen van anderen gaan weg. U kunt dit niet ongedaan maken.',
  eraseYes: 'Ja, verwijder mijn melding',
  eraseNo: 'Nee, bewaar mijn melding',
  erasing: 'Bezig met verwijderen…',
  erased: 'Uw melding is verwijderd.',
  eraseFailed: 'Uw melding is niet verwijderd.',
};

export type MapReceiptTexts = { [K in keyof typeof nlMapReceipt]: (typeof nlMapReceipt)[K] extends string ? string : { one?: string; other: string } };
