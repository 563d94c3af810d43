import { checkHealth } from '../services/health-service.ts';
import type { OperationHandlers, RouteDeps } from './route-deps.ts';

export function metaRoutes({ ctx }: RouteDeps): OperationHandlers {
  return {
    getHealth: async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return checkHealth(ctx);
    },
  };
}
