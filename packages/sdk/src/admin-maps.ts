/**
 * Admin calls on feedback maps and their reports (need the admin token; server-side only). Loaded
 * by the stubs in `admin-maps-stub.ts` through a dynamic import, so widget bundles leave it out.
 */
import type { CallOptions, Http, WriteOptions } from './http.ts';
import type {
  AdminReportListQuery,
  FeedbackMap,
  FeedbackMapCreate,
  FeedbackMapUpdate,
  Report,
  ReportCollection,
  ReportErasure,
  ReportModerationInput,
  ReportPage,
  ReportStatusUpdateInput,
} from '@inspraak/contract';
import { paginate } from './pagination.ts';

export interface AdminMapsApi {
  create(input: FeedbackMapCreate, options?: WriteOptions): Promise<FeedbackMap>;
  /** A JSON merge patch: members left out stay; `categories` replaces the list. */
  update(mapId: string, patch: FeedbackMapUpdate, options?: WriteOptions): Promise<FeedbackMap>;
}

export interface AdminReportsApi {
  /** One page of a map's reports in every moderation state, newest first. */
  list(mapId: string, query?: AdminReportListQuery, options?: CallOptions): Promise<ReportPage>;
  iterate(mapId: string, query?: Omit<AdminReportListQuery, 'cursor'>, options?: CallOptions): AsyncIterableIterator<Report>;
  /** Sets the status with a note residents see; kept in the report's history. */
  updateStatus(reportId: string, input: ReportStatusUpdateInput, options?: WriteOptions): Promise<Report>;
  /** Publishes a report that waits for review, or hides one. */
  moderate(reportId: string, decision: ReportModerationInput['decision'], options?: WriteOptions): Promise<Report>;
  /** Every report of a map as a GeoJSON FeatureCollection. */
  exportGeoJson(mapId: string, options?: CallOptions): Promise<ReportCollection>;
  /** Every report of a map as CSV text (decoded, so without the file's byte-order mark). */
  exportCsv(mapId: string, options?: CallOptions): Promise<string>;
  /** Erases the report and its photos for good, as `maps.reports.eraseByReceipt` does, for a verified request; 404 once erased. */
  erase(reportId: string, options?: CallOptions): Promise<ReportErasure>;
}

const adminMapPath = (mapId: string, rest = '') => `admin/maps/${encodeURIComponent(mapId)}${rest}`;
const adminReportPath = (reportId: string, rest: string) => `admin/reports/${encodeURIComponent(reportId)}${rest}`;

export function createAdminMaps(http: Http): AdminMapsApi {
  return {
    create: (input, options = {}) => http.json<FeedbackMap>('admin/maps', { ...options, admin: true, method: 'post', json: input }),
    update: (mapId, patch, options = {}) => http.json<FeedbackMap>(adminMapPath(mapId), { ...options, admin: true, method: 'patch', json: patch }),
  };
}

export function createAdminReports(http: Http): AdminReportsApi {
  const list: AdminReportsApi['list'] = (mapId, { moderation, category, status, limit, cursor } = {}, { signal } = {}) =>
    http.json<ReportPage>(adminMapPath(mapId, '/reports'), { admin: true, searchParams: { moderation, category, status, limit, cursor }, signal });
  return {
    list,
    iterate: (mapId, query = {}, options = {}) => paginate((cursor) => list(mapId, { ...query, cursor }, options)),
    updateStatus: (reportId, input, options = {}) =>
      http.json<Report>(adminReportPath(reportId, '/status-updates'), { ...options, admin: true, method: 'post', json: input }),
    moderate: (reportId, decision, options = {}) =>
      http.json<Report>(adminReportPath(reportId, '/moderation'), { ...options, admin: true, method: 'post', json: { decision } }),
    exportGeoJson: (mapId, { signal } = {}) =>
      http.json<ReportCollection>(adminMapPath(mapId, '/reports.geojson'), { admin: true, signal, headers: { accept: 'application/geo+json' } }),
    exportCsv: (mapId, { signal } = {}) => http.text(adminMapPath(mapId, '/reports.csv'), { admin: true, signal, headers: { accept: 'text/csv' } }),
    erase: (reportId, { signal } = {}) => http.json<ReportErasure>(adminReportPath(reportId, ''), { signal, admin: true, method: 'delete' }),
  };
}
