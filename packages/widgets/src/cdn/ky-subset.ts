/**
 * The part of ky 1 that @inspraak/sdk uses, for the CDN build only (rollup.config.js resolves `ky`
 * here there). ky is a fine library but not tree-shakable: its 5 KB gzip were a third of the
 * poll page's byte budget, and the SDK uses a small part of it. npm users of the SDK keep real ky.
 *
 * Same behaviour as ky for what the SDK asks: `create()` with `prefixUrl`, a `timeout` per attempt,
 * a custom `fetch`, `retry` (limit, methods, status codes, Retry-After on `afterStatusCodes`,
 * `retryOnTimeout`, `jitter`, `shouldRetry`) and `beforeRetry` hooks; per call `method`, `headers`,
 * `json`, `body` (a photo's FormData), `searchParams` and `signal`; `HTTPError` for a non-2xx
 * response and `TimeoutError`. The SDK always passes every `retry` option and sets headers per call
 * only: neither has a default or a merge here (bytes on every poll page).
 * packages/widgets/test/ky-subset.test.ts checks each behaviour against a real HTTP server.
 */

export interface RetryOptions {
  limit: number;
  methods: string[];
  statusCodes: number[];
  afterStatusCodes: number[];
  retryOnTimeout: boolean;
  jitter: (delay: number) => number;
  shouldRetry: (state: { error: Error; retryCount: number }) => boolean | undefined | Promise<boolean | undefined>;
}

type BeforeRetryHook = (state: { request: Request; error: Error; retryCount: number }) => unknown;

export interface Options {
  prefixUrl?: string;
  timeout?: number;
  fetch?: (input: Request, init?: RequestInit) => Promise<Response>;
  retry?: RetryOptions;
  hooks?: { beforeRetry?: BeforeRetryHook[] };
  method?: string;
  headers?: Record<string, string>;
  json?: unknown;
  body?: FormData | undefined;
  searchParams?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal | undefined;
}

// Unlike ky's, the errors do not carry the request: the SDK reads only the response.
export class HTTPError extends Error {
  readonly response: Response;
  constructor(response: Response) {
    super(`HTTP ${response.status}`);
    this.name = 'HTTPError';
    this.response = response;
  }
}

export class TimeoutError extends Error {
  constructor() {
    super('Request timed out');
    this.name = 'TimeoutError';
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    signal?.throwIfAborted();
    const stop = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal?.addEventListener('abort', stop, { once: true });
  });

/** How long to wait before retry number `count`, or a throw of `error` when it must not be retried. */
async function retryDelay(error: unknown, count: number, method: string, retry: RetryOptions): Promise<number> {
  if (count > retry.limit || !retry.methods.includes(method)) throw error;
  // fetch rejects with a TypeError or the signal's DOMException, both Errors; timeouts are ours.
  const decided = await retry.shouldRetry({ error: error as Error, retryCount: count });
  if (decided === false) throw error;
  if (decided !== true) {
    if (error instanceof TimeoutError && !retry.retryOnTimeout) throw error;
    if (error instanceof HTTPError) {
      const { status, headers } = error.response;
      if (!retry.statusCodes.includes(status)) throw error;
      const after = headers.get('retry-after');
      if (after && retry.afterStatusCodes.includes(status)) {
        let ms = Number(after) * 1000;
        if (Number.isNaN(ms)) ms = Date.parse(after) - Date.now();
        return ms;
      }
    }
  }
  // ky also guards against a jitter that returns NaN or less than 0; the SDK's never does.
  return retry.jitter(300 * 2 ** (count - 1));
}

async function request(input: string, options: Options): Promise<Response> {
  const retry = options.retry!;
  // The SDK's methods are lower case, as ky's `retry.methods` are.
  const method = options.method ?? 'get';
  const prefix = options.prefixUrl ? options.prefixUrl.replace(/\/?$/, '/') : '';
  const url = new URL(prefix + input, globalThis.location?.href);
  for (const [name, value] of Object.entries(options.searchParams ?? {})) if (value !== undefined) url.searchParams.set(name, String(value));
  const headers = new Headers(options.headers);
  if (options.json !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
  const body = options.json === undefined ? options.body : JSON.stringify(options.json);
  const send = options.fetch ?? fetch;
  const user = options.signal;

  for (let count = 1; ; count += 1) {
    const attempt = new AbortController();
    const request = new Request(url, {
      method: method.toUpperCase(),
      headers,
      body,
      signal: user ? AbortSignal.any([user, attempt.signal]) : attempt.signal,
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const response = await Promise.race([
        send(request),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            attempt.abort();
            reject(new TimeoutError());
          }, options.timeout ?? 10_000);
        }),
      ]);
      if (!response.ok) throw new HTTPError(response);
      return response;
    } catch (error) {
      const delay = await retryDelay(error, count, method, retry);
      await sleep(delay, user);
      for (const hook of options.hooks?.beforeRetry ?? []) await hook({ request, error: error as Error, retryCount: count });
    } finally {
      clearTimeout(timer);
    }
  }
}

/** `ky.create(defaults)`: a function `(path, options) → Promise<Response>`. */
function create(defaults: Options = {}) {
  return (input: string, options: Options = {}) => request(input, { ...defaults, ...options });
}

export default { create };
