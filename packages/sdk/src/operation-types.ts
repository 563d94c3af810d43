/**
 * The types of one call of a contract operation, read from the generated `paths`: an operation
 * constant of `@inspraak/contract/operations` (`castBallot`, which is `'post /polls/{pollId}/ballots'`)
 * names the operation, and its path parameters, query, body and result follow from it, so a call
 * that sends or expects another shape than the contract's does not compile.
 */
import type { paths } from '@inspraak/contract/types';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** What `@inspraak/contract/operations` exports for each operation: its method and path. */
export type Operation = `${Method} ${keyof paths}`;

/** The generated description of an operation (`operations['castBallot']`). */
type Described<O extends Operation> = O extends `${infer M extends Method} ${infer P extends keyof paths}` ? NonNullable<paths[P][M]> : never;

/** The path's parameters (`{ pollId }`), next to the call's other members: none is named like one of those. */
type PathPart<D> = D extends { parameters: { path: infer P } } ? P : unknown;

/** `{ query }`, required when the contract requires a query parameter. */
type QueryPart<D> = D extends { parameters: { query: infer Q } }
  ? { query: Q }
  : D extends { parameters: { query?: infer Q } }
    ? [Q] extends [undefined] ? unknown : { query?: Q }
    : unknown;

/** `{ body }` for a JSON request body, `{ form }` for a multipart one. */
type BodyPart<D> = D extends { requestBody: { content: infer C } }
  ? C extends { 'application/json': infer B }
    ? { body: B }
    : C extends { 'multipart/form-data': unknown }
      ? { form: FormData }
      : unknown
  : D extends { requestBody?: { content: { 'application/json': infer B } } }
    ? { body?: B }
    : unknown;

/** Accepted by every method as its last argument. */
export interface CallOptions {
  signal?: AbortSignal | undefined;
}

/** Accepted by every method that writes. */
export interface WriteOptions extends CallOptions {
  /** Generated when left out; reused on every retry of the call, so the write takes effect once. */
  idempotencyKey?: string | undefined;
}

/** What every call may add: headers (the participant token, `accept`), the admin token, the signal, the Idempotency-Key. */
export interface CallExtras extends WriteOptions {
  headers?: Record<string, string>;
  /** Authenticate with the admin token instead of the site key. */
  admin?: boolean;
}

/** The second argument of a call of operation `O`. */
export type CallInit<O extends Operation> = CallExtras & PathPart<Described<O>> & QueryPart<Described<O>> & BodyPart<Described<O>>;

/** The content of a successful (2xx) response, of its one media type: the JSON schema, or a string for CSV. */
type Content<R> = R extends { content: infer C } ? C[keyof C] : never;
export type Result<O extends Operation> =
  Described<O> extends { responses: infer R } ? Content<R[Extract<keyof R, 200 | 201 | 202>]> : never;
