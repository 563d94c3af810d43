import type { DomainError, DomainErrorCode } from '../services/domain-error.ts';
import { ProblemError } from './problem.ts';

interface ProblemType {
  status: number;
  title: string;
  /** The problem's `code` on the wire when it is not the domain code itself. */
  code?: string;
  headers?: Record<string, string>;
}

/** The one place a domain error becomes HTTP: its status, its problem type and title. */
const problemTypes: Record<DomainErrorCode, ProblemType> = {
  'invalid-input': { status: 422, code: 'validation-failed', title: 'Some input is not valid' },
  'invalid-ballot': { status: 422, code: 'validation-failed', title: 'This ballot is not valid' },
  'not-found': { status: 404, title: 'Not found' },
  'idea-hidden': { status: 410, title: 'Idea hidden' },
  'poll-exists': { status: 409, title: 'Poll id already taken' },
  'board-exists': { status: 409, title: 'Board id already taken' },
  'map-exists': { status: 409, title: 'Map id already taken' },
  'participant-token-unknown': { status: 401, title: 'Unknown participant token' },
  'site-key-unknown': { status: 401, title: 'Not authorized' },
  'origin-not-allowed': { status: 403, title: 'Origin not allowed' },
  'receipt-not-valid': { status: 403, title: 'Receipt not valid' },
  'poll-not-open': { status: 409, title: 'Poll not open yet' },
  'poll-closed': { status: 409, title: 'Poll closed' },
  'poll-already-closed': { status: 409, title: 'Poll already closed' },
  'poll-has-ballots': { status: 409, title: 'Options cannot change' },
  'board-closed': { status: 409, title: 'Board closed' },
  'map-closed': { status: 409, title: 'Map closed' },
  'category-in-use': { status: 409, title: 'Category in use' },
  'moderation-not-allowed': { status: 409, title: 'Moderation step not allowed' },
  'moderation-unchanged': { status: 409, title: 'Nothing to change' },
  'status-transition-not-allowed': { status: 409, title: 'Status change not allowed' },
  'idempotency-key-reused': { status: 422, title: 'Idempotency-Key reused' },
  // The first request is still running: a retry a moment later gets its stored answer.
  'idempotency-key-in-use': { status: 409, title: 'Request in progress', headers: { 'retry-after': '1' } },
  'database-unavailable': { status: 503, title: 'Database unavailable' },
};

export function problemOf(error: DomainError): ProblemError {
  const type = problemTypes[error.code];
  return new ProblemError({
    status: type.status,
    code: type.code ?? error.code,
    title: type.title,
    detail: error.message,
    errors: error.fields,
    members: error.members,
    headers: type.headers,
  });
}
