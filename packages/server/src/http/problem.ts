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

/** 422 with one field error: the shape a form shows next to its field. */
export function fieldProblem(pointer: string, code: string, detail: string): ProblemError {
  return new ProblemError({
    status: 422,
    code: 'validation-failed',
    title: 'Some input is not valid',
    detail,
    errors: [{ pointer, code, detail }],
  });
}

/**
 * 409 for a create whose chosen id is taken: `poll-exists`, `board-exists`, `map-exists`. Ids are
 * unique across the server (they name hosted links), so the holder may be another site; the text
 * is the same either way and never says which site.
 */
export function idTakenProblem(kind: 'poll' | 'board' | 'map', id: string): ProblemError {
  return new ProblemError({
    status: 409,
    code: `${kind}-exists`,
    title: `${kind[0]!.toUpperCase()}${kind.slice(1)} id already taken`,
    detail: `The id "${id}" is already taken by a ${kind} on this server. Choose another id or leave it out.`,
  });
}

export const notFound = (what: string): ProblemError =>
  new ProblemError({ status: 404, code: 'not-found', title: 'Not found', detail: `${what} does not exist on this site.` });
