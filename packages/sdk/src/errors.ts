import type { FieldError, Problem } from '@inspraak/contract';

/**
 * What kind of failure a call met, for deciding what to tell a person and whether to try again;
 * code that uses the SDK switches on this (and on `retryable`), never on status numbers.
 */
export type ErrorKind =
  /** No response: the connection failed, or the server did not answer in time. */
  | 'network'
  /** 400, 422: the request is wrong as sent; `fieldErrors()` says where. */
  | 'invalid'
  /** 401, 403: a missing or refused key or token; the page's set-up, not the resident. */
  | 'unauthorized'
  /** 404, 410: the thing asked for does not exist (any more). */
  | 'not-found'
  /** 409: the state does not allow it (a closed poll, an id taken, a write still in progress). */
  | 'conflict'
  /** 413: the body is too large (a photo). */
  | 'too-large'
  /** 429: too many requests; `retryAfter` says when to try again. */
  | 'rate-limited'
  /** 501: this server does not offer the operation. */
  | 'not-implemented'
  /** 408, 500, 502, 503, 504: the server failed or is busy or restarting. */
  | 'server';

/** The statuses a call may be tried again on (the SDK's own retries use the same list; `0`: no response). */
export const retryableStatuses = [0, 408, 409, 429, 500, 502, 503, 504] as const;

/** The kind of an HTTP status (`0`: no response). */
export function errorKind(status: number): ErrorKind {
  if (status === 0) return 'network';
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'too-large';
  if (status === 429) return 'rate-limited';
  if (status === 501) return 'not-implemented';
  if (status === 408 || status >= 500) return 'server';
  // 400, 422, and any other 4xx: the request as sent.
  return 'invalid';
}

/** The one error every failed call rejects with (an aborted call rejects with its signal's reason). */
export class InspraakApiError extends Error {
  /** HTTP status, or `0` when no response arrived (network error, timeout). */
  readonly status: number;
  /** The problem's stable `code`, or `network-error` / `timeout`. */
  readonly code: string;
  /** The RFC 9457 body, when the server sent one. */
  readonly problem: Problem | undefined;
  /** The server's request id (from the body or `X-Request-Id`). */
  readonly requestId: string | undefined;
  /** Seconds to wait before trying again (429, 503). */
  readonly retryAfter: number | undefined;
  /** What kind of failure this is (see ErrorKind). */
  readonly kind: ErrorKind;
  /**
   * Whether the same call may succeed if tried again later: no response, a busy or failing server,
   * a rate limit, or a 409 with Retry-After (the same Idempotency-Key is still being processed).
   */
  readonly retryable: boolean;

  constructor(
    message: string,
    init: {
      status: number;
      code: string;
      problem?: Problem | undefined;
      requestId?: string | undefined;
      retryAfter?: number | undefined;
      cause?: unknown;
    },
  ) {
    super(message, init); // Error reads only `cause` from its options, and only when init has one
    this.name = 'InspraakApiError';
    this.status = init.status;
    this.code = init.code;
    this.problem = init.problem;
    this.requestId = init.requestId;
    this.retryAfter = init.retryAfter;
    this.kind = errorKind(init.status);
    this.retryable = (retryableStatuses as readonly number[]).includes(init.status) && (init.status !== 409 || init.retryAfter !== undefined);
  }

  /** The problem's field errors keyed by JSON pointer (`/optionIds`), for showing each next to its field. */
  fieldErrors(): Record<string, FieldError[]> {
    const byPointer: Record<string, FieldError[]> = {};
    for (const error of this.problem?.errors ?? []) (byPointer[error.pointer] ??= []).push(error);
    return byPointer;
  }
}
