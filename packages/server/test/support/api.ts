import { assertMatchesContract } from './contract-response.ts';

export interface CallOptions {
  /** Path with the `/v1` prefix left out, e.g. `/polls/poll_demo`. */
  path: string;
  method?: string;
  headers?: Record<string, string>;
  /** Sent as JSON (with Content-Type application/json unless `headers` set another). */
  json?: unknown;
  /** Sent as is. */
  body?: string;
}

export interface CallResult<T = any> {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON for JSON bodies, else undefined. */
  body: T;
}

/**
 * One HTTP request to the test server; the response is checked against the contract for
 * `operationId` (or, with `undefined`, as an unknown route) before the test sees it.
 */
export async function call<T = any>(baseUrl: string, operationId: string | undefined, options: CallOptions): Promise<CallResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
  }
  const response = await fetch(baseUrl + options.path, { method: options.method ?? 'GET', headers, body });
  const text = await response.text();
  const result = { status: response.status, headers: response.headers, text };
  assertMatchesContract(operationId, result);
  const type = response.headers.get('content-type') ?? '';
  return { ...result, body: (type.includes('json') && text ? JSON.parse(text) : undefined) as T };
}
