/**
 * Mock Service Worker handlers for the stories, one per contract operation, answering with the
 * contract's examples (stories/mocks/contract.ts). A story picks its answers in `parameters.msw.handlers`,
 * an object of named handlers that Storybook merges key by key, so a story replaces only what differs:
 *
 *   parameters: { msw: { handlers: { ballot: reply('getMyBallot', 200, 'voted') } } }
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { example, problem, route, type OperationId, type ProblemResponse, type ResponseBody, type StatusOf } from './contract.ts';

/** The mocked API root the stories' widgets talk to (same origin as the preview: no CORS in the way). */
export const apiBase = new URL('/api/v1', globalThis.location?.origin ?? 'http://localhost').href;
/** The site key the stories use; any `pk_…` does, the mocks do not check it. */
export const siteKey = 'pk_storybook';

/** The handler of one operation, at its contract path with `{name}` as MSW's `:name`. */
export function on(operationId: OperationId, resolver: Parameters<typeof http.get>[1]): HttpHandler {
  const { method, path } = route(operationId);
  return http[method](`${apiBase}${path.replace(/\{(\w+)\}/g, ':$1')}`, resolver);
}

const requestId = () => `req_story_${Math.random().toString(36).slice(2, 10)}`;

/**
 * Answers with the contract's example for `status` (the first, or the one called `name`), passed
 * through `vary` when a story needs it different (`(poll) => withStatus(poll, 'closed')`).
 */
export function reply<Op extends OperationId, S extends StatusOf<Op>>(
  operationId: Op,
  status: S,
  name?: string,
  vary: (body: ResponseBody<Op, S>) => ResponseBody<Op, S> = (body) => body,
): HttpHandler {
  return on(operationId, () =>
    HttpResponse.json(vary(example(operationId, status, name)) as never, { status, headers: { 'x-request-id': requestId() } }),
  );
}

/** Answers with a problem+json example of the contract (`NotFound`, `TooManyRequests` …). */
export function fail(operationId: OperationId, response: ProblemResponse, name?: string): HttpHandler {
  return on(operationId, () => {
    const body = problem(response, name);
    const headers: Record<string, string> = { 'content-type': 'application/problem+json', 'x-request-id': body.requestId };
    if (body.retryAfter !== undefined) headers['retry-after'] = String(body.retryAfter);
    return new HttpResponse(JSON.stringify(body), { status: body.status, headers });
  });
}

/** Never answers: the widget stays in its loading (or sending) state. */
export function pending(operationId: OperationId): HttpHandler {
  return on(operationId, async () => {
    await delay('infinite');
    return new HttpResponse(null, { status: 204 });
  });
}

/** The connection fails, as when the resident is offline (the SDK's retries fail too). */
export function offline(operationId: OperationId): HttpHandler {
  return on(operationId, () => HttpResponse.error());
}

/**
 * The live results stream (the SDK shares one for all polls of a page): the contract's visible results
 * once per poll (the version a widget already has, so nothing changes on screen), then the connection
 * stays open, as the server keeps it.
 */
export const liveResults = on('streamResultsOfPolls', ({ request }) => {
  const results = example('getPollResults', 200, 'visible');
  const pollIds = (new URL(request.url).searchParams.get('pollIds') ?? '').split(',');
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const pollId of pollIds) {
        const data = JSON.stringify({ ...results, pollId });
        controller.enqueue(new TextEncoder().encode(`event: results\nid: ${pollId}:${results.version}\ndata: ${data}\n\n`));
      }
    },
  });
  return new HttpResponse(body, { headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store' } });
});

/** A participant token for every story. */
export const participant = reply('createParticipant', 201);

/**
 * Map tiles drawn in the browser, for any tile server a map's configuration names: a story never
 * reaches the internet, and the map still looks like a map (a light ground with a street grid).
 */
export const tiles = http.get(/\/\d+\/\d+\/\d+\.png$/, async ({ request }) => {
  const [z, x, y] = new URL(request.url).pathname.split('/').slice(-3).map((part) => Number.parseInt(part, 10));
  const canvas = new OffscreenCanvas(256, 256);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#efece4';
  context.fillRect(0, 0, 256, 256);
  context.strokeStyle = '#ffffff';
  context.lineWidth = 10;
  const seed = ((x ?? 0) * 31 + (y ?? 0) * 17 + (z ?? 0)) % 5;
  context.beginPath();
  context.moveTo(0, 60 + seed * 20);
  context.lineTo(256, 40 + seed * 25);
  context.moveTo(90 + seed * 15, 0);
  context.lineTo(120 + seed * 10, 256);
  context.stroke();
  context.fillStyle = '#cfe6c4';
  context.fillRect(150, 150 + seed * 5, 70, 60);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new HttpResponse(blob, { headers: { 'content-type': 'image/png' } });
});

/**
 * The PDOK Locatieserver (the address search of the contract's example map). Not part of our
 * contract: a few addresses shaped like PDOK's answers, around the example map's centre.
 */
const addresses = [
  { id: 'adr-1', weergavenaam: 'Stationsplein 1, 3511ED Utrecht', lat: 52.0912, lng: 5.1221 },
  { id: 'adr-2', weergavenaam: 'Stationsplein 5, 3511ED Utrecht', lat: 52.0903, lng: 5.1207 },
];
export const pdok = http.get('https://api.pdok.nl/bzk/locatieserver/search/v3_1/:kind', ({ params, request }) => {
  const query = new URL(request.url).searchParams;
  const wanted = (query.get('q') ?? query.get('id') ?? '').toLowerCase();
  const found = addresses.filter((a) => a.weergavenaam.toLowerCase().includes(wanted.split(' ')[0] ?? '') || a.id === wanted);
  const docs = found.map((a) =>
    params.kind === 'suggest' ? { id: a.id, weergavenaam: a.weergavenaam, type: 'adres', score: 10 } : { id: a.id, weergavenaam: a.weergavenaam, centroide_ll: `POINT(${a.lng} ${a.lat})` },
  );
  return HttpResponse.json({ response: { numFound: docs.length, start: 0, maxScore: 10, docs } });
});

/** What every story has unless it says otherwise: no map tile or address lookup leaves the browser. */
export const common = { participant, tiles, pdok, liveResults };
