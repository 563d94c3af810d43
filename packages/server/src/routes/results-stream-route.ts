import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ResultsListener } from '../live/results-hub.ts';
import { formatVersionList, parseVersionList } from '../live/version-list.ts';
import { streamedPoll, streamedPolls } from '../services/results-stream-service.ts';
import { siteOf, type OperationHandlers, type RouteDeps } from './route-deps.ts';

type StreamListener = Omit<ResultsListener, 'voted' | 'eventId'>;

/** Starts the event stream on the raw response: call only once every problem has been answered. */
function openStream(request: FastifyRequest, reply: FastifyReply) {
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
  const unsubscribes: Array<() => void> = [];
  // One `write` per stream: the hub sends one heartbeat per stream, however many polls it carries.
  const listener: StreamListener = {
    participantId: request.auth.participant?.id,
    write: (chunk) => !ended && res.write(chunk),
    backlog: () => res.writableLength,
    end: () => {
      if (ended) return;
      ended = true;
      res.end();
    },
  };
  const cleanUp = () => {
    ended = true;
    for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
  };
  return {
    listener,
    /** Keeps an unsubscribe until the client goes away (or runs it now if it already has). */
    hold(unsubscribe: () => void) {
      unsubscribes.push(unsubscribe);
      if (request.raw.destroyed || res.destroyed) cleanUp();
      else if (unsubscribes.length === 1) res.once('close', cleanUp);
    },
  };
}

export function resultsStreamRoutes({ ctx, live }: RouteDeps): OperationHandlers {
  return {
    streamPollResults: async (request, reply) => {
      const site = siteOf(request);
      // Errors (404 …) still go out as problem+json: nothing is hijacked before the poll is found.
      const { record, voted } = await streamedPoll(ctx, site.id, request.params.pollId, request.auth.participant?.id);
      const lastEventId = request.headers['last-event-id'];

      const stream = openStream(request, reply);
      const listener: ResultsListener = { ...stream.listener, voted };
      stream.hold(await live.subscribe(site.id, record.poll.id, listener, typeof lastEventId === 'string' ? lastEventId : undefined));
      return reply;
    },

    // The same stream and hub as above, with one hub listener per poll writing to one response.
    streamResultsOfPolls: async (request, reply) => {
      const site = siteOf(request);
      const { pollIds } = request.query;
      const polls = await streamedPolls(ctx, site.id, pollIds, request.auth.participant?.id);

      // The event id lists the version of each poll this client has been sent (or already had).
      const known = parseVersionList(request.headers['last-event-id']);
      const versions = new Map<string, number>();
      for (const pollId of pollIds) if (known.has(pollId)) versions.set(pollId, known.get(pollId)!);
      const eventId = (pollId: string, version: number) => formatVersionList(versions.set(pollId, version));

      const stream = openStream(request, reply);
      for (const { record, voted } of polls) {
        const listener: ResultsListener = { ...stream.listener, voted, eventId };
        const had = versions.get(record.poll.id);
        stream.hold(await live.subscribe(site.id, record.poll.id, listener, had === undefined ? undefined : String(had)));
      }
      return reply;
    },
  };
}
