import { participationOverview } from '../services/overview-service.ts';
import { siteOf, type OperationHandlers, type RouteDeps } from './route-deps.ts';

/** The console's overview: participation per day, open items and answers owed. */
export function overviewRoutes({ ctx }: RouteDeps): OperationHandlers {
  return {
    getParticipationOverview: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return participationOverview(ctx, siteOf(request).id, request.query);
    },
  };
}
