/**
 * A fetch that passes every request to the real one (and so to the real test server) and records
 * what was sent and what came back; tests wrap it to simulate what a network does to a request.
 */
export interface Exchange {
  method: string;
  url: URL;
  headers: Headers;
  signal: AbortSignal;
  /** When the request was sent (ms since the epoch). */
  at: number;
  /** Set once the response's headers arrived. */
  response?: Response;
}

export type Fetch = typeof globalThis.fetch;

export function recordingFetch(next: Fetch = globalThis.fetch) {
  const sent: Exchange[] = [];
  const fetch: Fetch = async (input, init) => {
    const request = new Request(input, init);
    const exchange: Exchange = { method: request.method, url: new URL(request.url), headers: request.headers, signal: request.signal, at: Date.now() };
    sent.push(exchange);
    const response = await next(request);
    exchange.response = response;
    return response;
  };
  return {
    fetch,
    sent,
    /** The requests whose path ends with `suffix`, optionally with one method. */
    to: (suffix: string, method?: string) =>
      sent.filter((exchange) => exchange.url.pathname.endsWith(suffix) && (!method || exchange.method === method)),
  };
}
