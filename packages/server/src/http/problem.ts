import { STATUS_CODES } from 'node:http';
import type { FieldError } from '@inspraak/contract';

export type { FieldError };

export interface ProblemInit {
  status: number;
  code: string;
  detail: string;
  title?: string;
  errors?: FieldError[];
  retryAfter?: number;
  headers?: Record<string, string>;
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
  readonly headers: Record<string, string>;

  constructor(init: ProblemInit) {
    super(init.detail);
    this.name = 'ProblemError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title ?? STATUS_CODES[init.status] ?? 'Error';
    this.errors = init.errors;
    this.retryAfter = init.retryAfter;
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
  };
}
