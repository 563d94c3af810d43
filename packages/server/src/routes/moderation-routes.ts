import { listModerationQueue } from '../services/moderation-queue.ts';
import { photoUrlFor } from './map-routes.ts';
import { siteOf, type OperationHandlers, type RouteDeps } from './route-deps.ts';

/** The moderation queue across a site's boards and maps (ideas, comments, reports). */
export function moderationRoutes({ ctx }: RouteDeps): OperationHandlers {
  return {
    listModerationQueue: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return listModerationQueue(ctx, siteOf(request).id, request.query, photoUrlFor(request));
    },
  };
}
