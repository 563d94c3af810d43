import type { ResultsListener } from '../live/results-hub.ts';
import { hasVoted } from '../services/ballot-service.ts';
import { getPollRecord } from '../services/poll-service.ts';
import { pollIdOf, siteOf, type OperationHandlers, type RouteDeps } from './route-deps.ts';

export function resultsStreamRoutes({ ctx, live }: RouteDeps): OperationHandlers {
  return {
    streamPollResults: async (request, reply) => {
      const site = siteOf(request);
      // Errors (404 …) still go out as problem+json: nothing is hijacked before the poll is found.
      const record = await getPollRecord(ctx, site.id, pollIdOf(request));
      const participantId = request.auth.participant?.id;
      const voted = await hasVoted(ctx, site.id, record.poll.id, participantId);
      const lastEventId = request.headers['last-event-id'];

      reply.hijack();
      const res = reply.raw;
      const headers: Record<string, string | number | string[]> = {};
      for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) headers[name] = value;
      res.writeHead(200, {
        ...headers,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-store, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no', // proxies must not buffer the stream
      });
      request.raw.socket.setNoDelay(true);
      res.write('retry: 3000\n\n');

      let ended = false;
      const listener: ResultsListener = {
        participantId,
        voted,
        write: (chunk) => !ended && res.write(chunk),
        backlog: () => res.writableLength,
        end: () => {
          if (ended) return;
          ended = true;
          res.end();
        },
      };
      const unsubscribe = await live.subscribe(site.id, record.poll.id, listener, typeof lastEventId === 'string' ? lastEventId : undefined);
      const cleanUp = () => {
        ended = true;
        unsubscribe();
      };
      if (request.raw.destroyed || res.destroyed) cleanUp();
      else res.once('close', cleanUp);
    },
  };
}
