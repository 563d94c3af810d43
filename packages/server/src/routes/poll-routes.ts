import { addVary, notModified } from '../http/etag.ts';
import { castBallot, getMyBallot, hasVoted } from '../services/ballot-service.ts';
import { getPollRecord } from '../services/poll-service.ts';
import { pollEtag, toPoll } from '../services/poll-view.ts';
import { resultsEtag, resultsVariant, toResults } from '../services/results-view.ts';
import { participantOf, siteOf, type OperationHandlers, type RouteDeps } from './route-deps.ts';

export function pollRoutes({ ctx, live, rateLimits, hashClient }: RouteDeps): OperationHandlers {
  return {
    getPoll: async (request, reply) => {
      const record = await getPollRecord(ctx, siteOf(request).id, request.params.pollId);
      const now = ctx.now();
      reply.header('cache-control', 'no-cache');
      if (notModified(request, reply, pollEtag(record, now))) return reply;
      return toPoll(record, now);
    },

    getMyBallot: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return getMyBallot(ctx, siteOf(request).id, request.params.pollId, participantOf(request).id);
    },

    castBallot: async (request, reply) => {
      const site = siteOf(request);
      const participant = participantOf(request);
      const { pollId } = request.params;
      await rateLimits.pollBallots(request, site.id, pollId);
      const { optionIds } = request.body;
      const result = await castBallot(ctx, {
        siteId: site.id,
        pollId,
        participantId: participant.id,
        optionIds,
        clientHash: hashClient(request.ip),
      });
      live.notify(site.id, pollId, participant.id);
      reply.code(result.created ? 201 : 200).header('cache-control', 'no-store');
      return result.receipt;
    },

    getPollResults: async (request, reply) => {
      const site = siteOf(request);
      const record = await getPollRecord(ctx, site.id, request.params.pollId);
      const now = ctx.now();
      const voted = await hasVoted(ctx, site.id, record.poll.id, request.auth.participant?.id);
      const variant = resultsVariant(record, voted, now);
      // The same URL answers differently per participant (after-vote), so caches must key on the token.
      addVary(reply, 'Inspraak-Participant-Token');
      reply.header('cache-control', 'no-cache');
      if (notModified(request, reply, resultsEtag(record, variant))) return reply;
      return toResults(record, variant);
    },
  };
}
