import { clearStaffCookie } from '../http/staff-cookie.ts';
import { endStaffSession, staffSessionView } from '../services/staff-service.ts';
import type { OperationHandlers, RouteDeps } from './route-deps.ts';

/** `/staff/session`: who is signed in to the console, and signing out. */
export function staffRoutes({ ctx }: RouteDeps): OperationHandlers {
  return {
    getStaffSession: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return staffSessionView(ctx, request.auth.staff!);
    },
    endStaffSession: async (request, reply) => {
      await endStaffSession(ctx, request.auth.staff!.tokenHash);
      clearStaffCookie(request, reply);
      return reply.code(204).send();
    },
  };
}
