import type { HideReasonCode } from '@inspraak/contract';

/**
 * The reason columns of an idea, comment or report for its new moderation state: why it is hidden
 * (a code from the shared list, and the moderator's note for the author) kept while hidden, cleared
 * otherwise.
 */
export const hiddenReasonColumns = (state: string, reason: { reasonCode?: HideReasonCode; note?: string } | undefined) => ({
  hidden_reason_code: state === 'hidden' ? (reason?.reasonCode ?? null) : null,
  hidden_reason: state === 'hidden' ? (reason?.note ?? null) : null,
});
