import { closePoll, createPoll, getPollRecord, listPolls, updatePoll } from '../services/poll-service.ts';
import { toPoll } from '../services/poll-view.ts';
import { resultsCsv } from '../services/results-csv.ts';
import { toResults } from '../services/results-view.ts';
import { deletePoll } from '../services/subject-deletion-service.ts';
import { siteOf, type OperationHandlers, type RouteDeps } from './route-deps.ts';

export function adminPollRoutes({ ctx, live }: RouteDeps): OperationHandlers {
  return {
    listPolls: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return listPolls(ctx, siteOf(request).id, request.query);
    },

    createPoll: async (request, reply) => {
      const record = await createPoll(ctx, siteOf(request).id, request.body);
      reply.code(201).header('location', `/v1/polls/${encodeURIComponent(record.poll.id)}`);
      return toPoll(record, ctx.now());
    },

    updatePoll: async (request) => {
      const site = siteOf(request);
      const record = await updatePoll(ctx, site.id, request.params.pollId, request.body);
      live.notify(site.id, record.poll.id); // visibility or options may have changed
      return toPoll(record, ctx.now());
    },

    closePoll: async (request) => {
      const site = siteOf(request);
      const record = await closePoll(ctx, site.id, request.params.pollId);
      live.notify(site.id, record.poll.id); // after-vote / after-close results become visible
      return toPoll(record, ctx.now());
    },

    deletePoll: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return deletePoll(ctx, siteOf(request).id, request.params.pollId);
    },

    getPollResultsForStaff: async (request, reply) => {
      const record = await getPollRecord(ctx, siteOf(request).id, request.params.pollId);
      reply.header('cache-control', 'no-store');
      return toResults(record, 'visible');
    },

    exportPollResults: async (request, reply) => {
      const record = await getPollRecord(ctx, siteOf(request).id, request.params.pollId);
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${record.poll.id}-results.csv"`)
        .header('cache-control', 'no-store');
      return resultsCsv(record);
    },
  };
}
