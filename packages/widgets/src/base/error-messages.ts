import { InspraakApiError, type ErrorKind } from '@inspraak/sdk';

/** The text keys of failed calls; every widget's texts have them. */
export type ErrorTextKey =
  | 'errorGeneric'
  | 'errorNetwork'
  | 'errorRateLimited'
  | 'errorSetup'
  | 'errorOrigin'
  | 'errorNotFound'
  | 'errorPollClosed'
  | 'errorInvalidChoice';

/** The text key that tells a resident what went wrong and what to do, from the error's stable code. */
export function errorTextKey(error: unknown): ErrorTextKey {
  if (!(error instanceof InspraakApiError)) return 'errorGeneric';
  // Codes added later still get a fitting message by their kind.
  return byCode[error.code] ?? byKind[error.kind] ?? 'errorGeneric';
}

const byCode: Record<string, ErrorTextKey> = {
  // Each widget says "closed" in its own words (a poll, a board, a map).
  'poll-closed': 'errorPollClosed',
  'board-closed': 'errorPollClosed',
  'map-closed': 'errorPollClosed',
  // The page's origin is not on the site's list: the city must fix it, trying again does not help.
  'origin-not-allowed': 'errorOrigin',
  'validation-failed': 'errorInvalidChoice',
};

// A timeout is kind `network`: the same advice as no connection, check it and try again.
const byKind: Partial<Record<ErrorKind, ErrorTextKey>> = {
  network: 'errorNetwork',
  'rate-limited': 'errorRateLimited',
  unauthorized: 'errorSetup',
  'not-found': 'errorNotFound',
};

/** Whether trying the same thing again may work (a failed connection, a busy server): the SDK decides. */
export const isRetryable = (error: unknown): boolean => !(error instanceof InspraakApiError) || error.retryable;
