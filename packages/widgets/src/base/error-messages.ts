import { InspraakApiError } from '@inspraak/sdk';

/** The text keys of failed calls; every widget's texts have them. */
export type ErrorTextKey =
  | 'errorGeneric'
  | 'errorNetwork'
  | 'errorRateLimited'
  | 'errorSetup'
  | 'errorNotFound'
  | 'errorPollClosed'
  | 'errorInvalidChoice';

/** The text key that tells a resident what went wrong and what to do, from the error's stable code. */
export function errorTextKey(error: unknown): ErrorTextKey {
  if (!(error instanceof InspraakApiError)) return 'errorGeneric';
  const status = error.status;
  return (
    byCode[error.code] ??
    // Codes added later still get a fitting message by their status.
    (status === 429
      ? 'errorRateLimited'
      : status === 401 || status === 403
        ? 'errorSetup'
        : status === 404
          ? 'errorNotFound'
          : status
            ? 'errorGeneric'
            : 'errorNetwork')
  );
}

const byCode: Record<string, ErrorTextKey> = {
  // A timeout gets the same advice as no connection: check the connection, try again.
  'network-error': 'errorNetwork',
  timeout: 'errorNetwork',
  'poll-closed': 'errorPollClosed',
  'not-found': 'errorNotFound',
  'validation-failed': 'errorInvalidChoice',
};

/** Whether trying the same thing again may work (a failed connection, a busy server). */
export function isRetryable(error: unknown): boolean {
  return !(error instanceof InspraakApiError) || error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}
