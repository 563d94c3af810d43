import type { FieldError, Problem } from '@inspraak/contract';

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
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'InspraakApiError';
    this.status = init.status;
    this.code = init.code;
    this.problem = init.problem;
    this.requestId = init.requestId;
    this.retryAfter = init.retryAfter;
  }

  /** The problem's field errors keyed by JSON pointer (`/optionIds`), for showing each next to its field. */
  fieldErrors(): Record<string, FieldError[]> {
    const byPointer: Record<string, FieldError[]> = {};
    for (const error of this.problem?.errors ?? []) (byPointer[error.pointer] ??= []).push(error);
    return byPointer;
  }
}
