/**
 * The site's audit log (site admins only): what staff and scripts changed, page by page or all of it
 * as CSV. Loaded by `client.admin.auditLog` through a dynamic import, so a bundle that never calls
 * it leaves this module out.
 */
import type { CallOptions, Http } from './http.ts';
import { paginate } from './pagination.ts';
import type { AuditEntry, AuditLogQuery, AuditPage } from '@inspraak/contract';
import { exportAuditLog } from '@inspraak/contract/operations/exportAuditLog';
import { listAuditLog } from '@inspraak/contract/operations/listAuditLog';

export interface AdminAuditLogApi {
  /** One page of the log, newest first. */
  list(query?: AuditLogQuery, options?: CallOptions): Promise<AuditPage>;
  /** Every entry, newest first, page after page. */
  iterate(query?: Pick<AuditLogQuery, 'limit'>, options?: CallOptions): AsyncIterableIterator<AuditEntry>;
  /** The whole log as CSV text, oldest first (decoded, so without the file's byte-order mark). */
  exportCsv(options?: CallOptions): Promise<string>;
}

export function createAdminAuditLog(http: Http): AdminAuditLogApi {
  const list: AdminAuditLogApi['list'] = ({ limit, cursor } = {}, { signal } = {}) =>
    http.call(listAuditLog, { admin: true, query: { limit, cursor }, signal });

  return {
    list,
    iterate: ({ limit } = {}, options = {}) => paginate((cursor) => list({ limit, cursor }, options)),
    exportCsv: ({ signal } = {}) => http.text(exportAuditLog, { admin: true, signal, headers: { accept: 'text/csv' } }),
  };
}
