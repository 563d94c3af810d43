import { auditLogCsv, listAuditLog } from '../services/audit-service.ts';
import { siteOf, type OperationHandlers, type RouteDeps } from './route-deps.ts';

/** The site's audit log, for its admins: a page at a time, or all of it as CSV. */
export function auditRoutes({ ctx }: RouteDeps): OperationHandlers {
  return {
    listAuditLog: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return listAuditLog(ctx, siteOf(request).id, request.query);
    },
    exportAuditLog: async (request, reply) => {
      const siteId = siteOf(request).id;
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${siteId}-audit-log.csv"`)
        .header('cache-control', 'no-store');
      return auditLogCsv(ctx, siteId);
    },
  };
}
