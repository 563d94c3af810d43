/**
 * The one ky instance of a client: base URL, auth headers, timeout per attempt, retries (POST and
 * PATCH too, with one Idempotency-Key per logical call) and the conversion of every failure into
 * an InspraakApiError.
 */
import ky, { HTTPError, TimeoutError } from 'ky';
import { InspraakApiError, retryableStatuses } from './errors.ts';
import type { CallExtras, CallInit, Method, Operation, Result } from './operation-types.ts';
import type { Problem } from '@inspraak/contract';
import type { ClientOptions } from './core.ts';

export type { CallOptions, WriteOptions } from './operation-types.ts';

/** What the HTTP layer takes of the client's options (documented on ClientOptions). */
export type HttpOptions = Omit<ClientOptions, 'participantStore'>;

/** A call's second argument as the code below reads it (`CallInit` is its typed face). */
interface AnyInit extends CallExtras {
  query?: Record<string, unknown>;
  body?: unknown;
  form?: FormData;
}

/**
 * Calls of the contract's operations (`http.call(castBallot, { pollId, body })`): the
 * operation constant gives method and path, and the contract's types check what is sent and type
 * what comes back.
 */
export interface Http {
  /** The response of a successful request; rejects with an InspraakApiError or the signal's reason. */
  send<O extends Operation>(operation: O, init: CallInit<O>): Promise<Response>;
  /** `send`, then the parsed JSON body. */
  call<O extends Operation>(operation: O, init: CallInit<O>): Promise<Result<O>>;
  /** `send`, then the body as text (the CSV exports). */
  text<O extends Operation>(operation: O, init: CallInit<O>): Promise<string>;
  /** Whether no `call` or `text` is in flight: the live-results stream waits for it (see pollStreams). */
  idle(): boolean;
  /** The API's origin, for scoping stored tokens. */
  readonly origin: string;
}

/** A Retry-After wait longer than this is not waited for: the call fails with `retryAfter` set. */
const MAX_RETRY_AFTER_MS = 30_000;

const newIdempotencyKey = (): string =>
  globalThis.crypto.randomUUID?.() ??
  // randomUUID exists only in secure contexts (https, localhost); a city page may be plain http.
  Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** Seconds from a Retry-After header (delta-seconds or an HTTP date). */
function retryAfterSeconds(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = /^\d+$/.test(value) ? Number(value) : (Date.parse(value) - Date.now()) / 1000;
  return Number.isNaN(seconds) ? undefined : Math.max(0, Math.ceil(seconds));
}

/** Turns whatever a request rejected with into what the caller should see. */
async function toApiError(error: unknown, signal: AbortSignal | undefined): Promise<unknown> {
  if (signal?.aborted) return signal.reason;
  if (error instanceof HTTPError) {
    const { response } = error;
    let problem: Problem | undefined;
    try {
      const body: unknown = JSON.parse(await response.text());
      if (body && typeof body === 'object' && typeof (body as Problem).code === 'string') problem = body as Problem;
    } catch {
      // not a problem+json body
    }
    // Residents get a plain message from the widget; the page's developer needs the origin to add,
    // which the server's problem says (as it names Inspraak, the text is logged as it is: bytes).
    if (problem?.code === 'origin-not-allowed') console.error(problem.detail);
    const status = response.status;
    return new InspraakApiError(
      problem ? `${problem.title}${problem.detail ? `: ${problem.detail}` : ''}` : `HTTP ${status}`,
      {
        status,
        code: problem?.code ?? `http-${status}`,
        problem,
        requestId: problem?.requestId ?? response.headers.get('x-request-id') ?? undefined,
        retryAfter: problem?.retryAfter ?? retryAfterSeconds(response.headers),
        cause: error,
      },
    );
  }
  if (error instanceof InspraakApiError) return error;
  const timeout = error instanceof TimeoutError;
  return new InspraakApiError(timeout ? 'The server did not answer in time' : 'The server could not be reached', {
    status: 0,
    code: timeout ? 'timeout' : 'network-error',
    cause: error,
  });
}

export function createHttp(options: HttpOptions): Http {
  const custom = options.fetch;
  const api = ky.create({
    prefixUrl: options.baseUrl,
    timeout: options.timeout ?? 10_000,
    // Call a custom fetch as a plain function: a browser's fetch throws when called as a method.
    fetch: custom && ((input, init) => custom(input, init)),
    retry: {
      limit: options.retry ?? 2,
      // PUT and DELETE (supports, answers) are idempotent by themselves.
      methods: ['get', 'post', 'patch', 'put', 'delete'],
      // 409 only with Retry-After: a request with the same Idempotency-Key is still in progress.
      statusCodes: [...retryableStatuses],
      afterStatusCodes: [409, 429, 503],
      retryOnTimeout: true,
      jitter: (delay) => delay * (0.5 + Math.random() / 2),
      shouldRetry({ error }) {
        if (error.name === 'AbortError') return false;
        if (error instanceof HTTPError) {
          const after = retryAfterSeconds(error.response.headers);
          if (after === undefined ? error.response.status === 409 : after * 1000 > MAX_RETRY_AFTER_MS) return false;
        }
        return undefined;
      },
    },
    hooks: {
      beforeRetry: [
        ({ error }) => {
          if (error instanceof HTTPError) void error.response.body?.cancel().catch(() => {});
        },
      ],
    },
  });

  const send = async (operation: Operation, init: AnyInit = {}): Promise<Response> => {
    const { admin, idempotencyKey, signal } = init;
    // `get /polls/{pollId}`: the method, and the path relative to the base URL.
    const [method, path] = operation.split(' /') as [Method, string];
    signal?.throwIfAborted();
    const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
    if (admin) {
      if (options.adminToken) headers.authorization = `Bearer ${options.adminToken}`;
    } else if (options.siteKey) {
      headers['inspraak-site-key'] = options.siteKey;
    }
    if (method === 'post' || method === 'patch') headers['idempotency-key'] = idempotencyKey ?? newIdempotencyKey();
    try {
      return await api(path.replace(/{(\w+)}/g, (_, name: string) => encodeURIComponent((init as Record<string, string>)[name]!)), {
        method,
        headers,
        json: init.body,
        body: init.form,
        searchParams: init.query as Record<string, string | undefined> | undefined,
        signal,
      });
    } catch (error) {
      throw await toApiError(error, signal);
    }
  };

  /** Calls in flight (not counting a stream's `send`), for `idle()`. */
  let calls = 0;
  const read =
    (as: 'json' | 'text') =>
    async (operation: Operation, init?: AnyInit): Promise<any> => {
      calls++;
      try {
        const response = await send(operation, init);
        try {
          return await response[as]();
        } catch (error) {
          throw await toApiError(error, init?.signal);
        }
      } finally {
        calls--;
      }
    };

  return {
    send,
    call: read('json'),
    text: read('text'),
    idle: () => !calls,
    origin: new URL(options.baseUrl, globalThis.location?.href).origin,
  } as Http;
}
