import type { FieldError, HideReasonCode } from '@inspraak/contract';

export type { FieldError };

/**
 * What went wrong, in the domain's words. Services throw these and never speak HTTP; the problem
 * table (http/problem-types.ts) says which status and problem type each code answers with.
 */
export type DomainErrorCode =
  | 'invalid-input'
  | 'invalid-ballot'
  | 'not-found'
  | 'idea-hidden'
  | 'poll-exists'
  | 'board-exists'
  | 'map-exists'
  | 'participant-token-unknown'
  | 'site-key-unknown'
  | 'origin-not-allowed'
  | 'receipt-not-valid'
  | 'poll-not-open'
  | 'poll-closed'
  | 'poll-already-closed'
  | 'poll-has-ballots'
  | 'board-closed'
  | 'map-closed'
  | 'category-in-use'
  | 'moderation-not-allowed'
  | 'moderation-unchanged'
  | 'status-transition-not-allowed'
  | 'idempotency-key-reused'
  | 'idempotency-key-in-use'
  | 'database-unavailable';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    detail: string,
    /** For input that breaks a rule: one error per field, each with its pointer. */
    readonly fields?: FieldError[],
    /** Members the problem carries beyond the standard ones (the contract's `Problem` names each). */
    readonly members?: { hiddenReasonCode?: HideReasonCode },
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}

/** Input that breaks rules, one field error each; the detail joins theirs unless one is given. */
export const invalidInput = (fields: FieldError[], detail = fields.map((e) => e.detail).join(' ')): DomainError =>
  new DomainError('invalid-input', detail, fields);

/** Input with one field that breaks a rule: the shape a form shows next to its field. */
export const invalidField = (pointer: string, code: string, detail: string): DomainError => invalidInput([{ pointer, code, detail }]);

export const notFound = (what: string): DomainError => new DomainError('not-found', `${what} does not exist on this site.`);

/** A public read of an idea a moderator hid while it was public: gone, and why (nothing else of it). */
export const ideaHidden = (ideaId: string, reasonCode: HideReasonCode): DomainError =>
  new DomainError('idea-hidden', `A moderator hid idea ${ideaId} (${reasonCode}).`, undefined, { hiddenReasonCode: reasonCode });

/**
 * A create whose chosen id is taken. Ids are unique across the server (they name hosted links), so
 * the holder may be another site; the text is the same either way and never says which site.
 */
export const idTaken = (kind: 'poll' | 'board' | 'map', id: string): DomainError =>
  new DomainError(`${kind}-exists`, `The id "${id}" is already taken by a ${kind} on this server. Choose another id or leave it out.`);
