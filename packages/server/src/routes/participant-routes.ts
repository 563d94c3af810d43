import type { Participant } from '@inspraak/contract';
import { issueParticipant } from '../services/participant-service.ts';
import { siteOf, type OperationHandlers, type RouteDeps } from './route-deps.ts';

export function participantRoutes({ ctx, hashClient }: RouteDeps): OperationHandlers {
  return {
    createParticipant: async (request, reply) => {
      const issued = await issueParticipant(ctx, siteOf(request).id, hashClient(request.ip));
      reply.code(201).header('cache-control', 'no-store');
      const body: Participant = { token: issued.token, createdAt: issued.createdAt };
      return body;
    },
  };
}
