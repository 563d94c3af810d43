import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ResultsListener } from '../live/results-hub.ts';
import { ProblemError, type FieldError } from '../http/problem.ts';
import { hasVoted } from '../services/ballot-service.ts';
import { getPollRecord } from '../services/poll-service.ts';
import { pollIdOf, siteOf, type OperationHandlers, type RouteDeps } from './route-deps.ts';

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

/** `poll_a:12,poll_b:7` → the version of each poll the client has. */
function parseVersions(lastEventId: unknown): Map<string, number> {
  const versions = new Map<string, number>();
  if (typeof lastEventId !== 'string') return versions;
  for (const pair of lastEventId.split(',')) {
    const match = /^([A-Za-z0-9_-]+):(\d+)$/.exec(pair.trim());
    if (match) versions.set(match[1]!, Number(match[2]));
  }
  return versions;
}

export function resultsStreamRoutes({ ctx, live }: RouteDeps): OperationHandlers {
  return {
    streamPollResults: async (request, reply) => {
      const site = siteOf(request);
      // Errors (404 …) still go out as problem+json: nothing is hijacked before the poll is found.
      const record = await getPollRecord(ctx, site.id, pollIdOf(request));
      const voted = await hasVoted(ctx, site.id, record.poll.id, request.auth.participant?.id);
      const lastEventId = request.headers['last-event-id'];

      const stream = openStream(request, reply);
      const listener: ResultsListener = { ...stream.listener, voted };
      stream.hold(await live.subscribe(site.id, record.poll.id, listener, typeof lastEventId === 'string' ? lastEventId : undefined));
    },

    // The same stream and hub as above, with one hub listener per poll writing to one response.
    streamResultsOfPolls: async (request, reply) => {
      const site = siteOf(request);
      const participantId = request.auth.participant?.id;
      const pollIds = (request.query as { pollIds: string[] }).pollIds;
      const found = await Promise.all(
        pollIds.map(async (pollId) => {
          try {
            const record = await getPollRecord(ctx, site.id, pollId);
            return { record, voted: await hasVoted(ctx, site.id, record.poll.id, participantId) };
          } catch (error) {
            if (error instanceof ProblemError && error.status === 404) return undefined;
            throw error;
          }
        }),
      );
      const missing: FieldError[] = [];
      found.forEach((poll, index) => {
        if (!poll) missing.push({ pointer: `#/query/pollIds/${index}`, code: 'not-found', detail: `No poll "${pollIds[index]}" on this site.` });
      });
      if (missing.length > 0) {
        throw new ProblemError({ status: 404, code: 'not-found', title: 'Not found', detail: missing.map((e) => e.detail).join(' '), errors: missing });
      }

      // The event id lists the version of each poll this client has been sent (or already had).
      const known = parseVersions(request.headers['last-event-id']);
      const versions = new Map<string, number>();
      for (const pollId of pollIds) if (known.has(pollId)) versions.set(pollId, known.get(pollId)!);
      const eventId = (pollId: string, version: number) => {
        versions.set(pollId, version);
        return [...versions].map(([id, v]) => `${id}:${v}`).join(',');
      };

      const stream = openStream(request, reply);
      for (const poll of found) {
        const { record, voted } = poll!;
        const listener: ResultsListener = { ...stream.listener, voted, eventId };
        const had = versions.get(record.poll.id);
        stream.hold(await live.subscribe(site.id, record.poll.id, listener, had === undefined ? undefined : String(had)));
      }
    },
  };
}
