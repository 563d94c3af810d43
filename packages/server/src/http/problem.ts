import { STATUS_CODES } from 'node:http';
import type { FieldError, HideReasonCode } from '@inspraak/contract';

export type { FieldError };

export interface ProblemInit {
  status: number;
  code: string;
  detail: string;
  title?: string;
  errors?: FieldError[];
  retryAfter?: number;
  /** Members beyond the standard ones, as the contract's `Problem` names them. */
  members?: ProblemMembers | undefined;
  headers?: Record<string, string>;
}

/** The contract's own problem members beyond RFC 9457's: why a public idea is gone. */
export interface ProblemMembers {
  hiddenReasonCode?: HideReasonCode;
}

/**
 * An error that becomes an RFC 9457 problem response. Services throw it; the error handler
 * renders it. Anything else thrown becomes a 500 that tells nothing about the inside.
 */
export class ProblemError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly errors?: FieldError[];
  readonly retryAfter?: number;
  readonly members: ProblemMembers;
  readonly headers: Record<string, string>;

  constructor(init: ProblemInit) {
    super(init.detail);
    this.name = 'ProblemError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title ?? STATUS_CODES[init.status] ?? 'Error';
    this.errors = init.errors;
    this.retryAfter = init.retryAfter;
    this.members = init.members ?? {};
    this.headers = init.headers ?? {};
  }
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  requestId: string;
  retryAfter?: number;
  errors?: FieldError[];
  hiddenReasonCode?: HideReasonCode;
}

export function problemBody(problem: ProblemError, requestId: string): ProblemBody {
  return {
    type: `urn:inspraak:problem:${problem.code}`,
    title: problem.title,
    status: problem.status,
    detail: problem.message,
    code: problem.code,
    requestId,
    ...(problem.retryAfter !== undefined ? { retryAfter: problem.retryAfter } : {}),
    ...(problem.errors ? { errors: problem.errors } : {}),
    ...problem.members,
  };
}
