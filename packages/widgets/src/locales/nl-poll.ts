/**
 * Dutch texts (B1: short sentences, active voice, everyday words). We address the resident as
 * "u" everywhere. `{name}` is filled in; a map with `one`/`other` follows Dutch plural rules.
 */
export const nlPoll = {
  loading: 'De peiling wordt geladen.',
  // The poll form
  hintSingle: 'Kies 1 antwoord.',
  hintMultiple: 'Kies er maximaal {max}.',
  errorPrefix: 'Fout:',
  errorNoChoice: 'Kies een antwoord.',
  errorTooMany: { one: 'U koos 1 antwoord. Kies er maximaal {max}.', other: 'U koos {count} antwoorden. Kies er maximaal {max}.' },
  submit: 'Verstuur mijn stem',
  submitting: 'Uw stem wordt verstuurd…',
  cancelChange: 'Niet wijzigen',
  closesAt: 'U kunt stemmen tot {date}.',
  // After voting
  votedHeading: 'Bedankt! Uw stem is geteld.',
  changedHeading: 'Uw stem is gewijzigd.',
  earlierHeading: 'U heeft al gestemd.',
  yourChoice: 'U koos: {choices}.',
  changeVote: 'Wijzig mijn stem',
  // Results
  resultsSoFar: 'Tussenstand',
  resultsFinal: 'Uitslag',
  optionVotes: { one: '1 stem', other: '{count} stemmen' },
  yourPick: '(uw keuze)',
  totalBallots: { one: '1 persoon heeft gestemd.', other: '{count} mensen hebben gestemd.' },
  hiddenAfterVote: 'U ziet de tussenstand nadat u heeft gestemd.',
  hiddenAfterClose: 'U ziet de uitslag als de peiling is gesloten.',
  hiddenNever: 'De uitslag wordt hier niet getoond.',
  hiddenBelowMinimum: 'U ziet de uitslag zodra genoeg mensen hebben gestemd.',
  liveUpdate: { one: 'De tussenstand is bijgewerkt. 1 persoon heeft gestemd.', other: 'De tussenstand is bijgewerkt. {count} mensen hebben gestemd.' },
  // Other states
  closedHeading: 'Deze peiling is gesloten.',
  closedText: 'U kunt niet meer stemmen.',
  scheduledHeading: 'Deze peiling is nog niet open.',
  scheduledText: 'U kunt stemmen vanaf {date}.',
  // Errors: what happened, then what to do. Your choice is never lost.
  loadFailed: 'De peiling kan nu niet worden geladen.',
  errorNetwork: 'De server is niet bereikbaar. Controleer uw internet en probeer het opnieuw.',
  errorRateLimited: 'Er stemmen nu veel mensen tegelijk. Wacht een minuut en probeer het dan opnieuw.',
  errorPollClosed: 'Deze peiling is net gesloten. Uw stem is niet geteld.',
  errorInvalidChoice: 'Uw keuze past niet bij deze peiling. Misschien is de peiling veranderd. Laad de pagina opnieuw.',
  errorNotFound: 'Deze peiling bestaat niet (meer). Misschien is de link verouderd.',
  errorSetup: 'Deze peiling is niet goed ingesteld. Neem contact op met de gemeente.',
  errorOrigin: 'Deze website mag deze peiling niet tonen. Neem contact op met de gemeente.',
  errorGeneric: 'Er ging iets mis. Probeer het later opnieuw.',
  choiceKept: 'Uw keuze is bewaard.',
  requestId: 'Foutcode: {id}',
  retry: 'Probeer opnieuw',
};

/** The texts of the widgets; a page may override any of them per instance (`texts`). */
export type PollTexts = { [K in keyof typeof nlPoll]: (typeof nlPoll)[K] extends string ? string : { one?: string; other: string } };
