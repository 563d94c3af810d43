/**
 * Admin calls on feedback maps and their reports (need the admin token; server-side only). Loaded
 * by the stubs in `admin-maps-stub.ts` through a dynamic import, so widget bundles leave it out.
 */
import type { CallOptions, Http, WriteOptions } from './http.ts';
import type {
  AdminReportListQuery,
  MapListQuery,
  FeedbackMap,
  FeedbackMapCreate,
  FeedbackMapDeletion,
  FeedbackMapPage,
  FeedbackMapUpdate,
  Report,
  ReportCollection,
  ReportErasure,
  ReportModerationInput,
  ReportPage,
  ReportStatusUpdateInput,
  StaffFeedbackMap,
} from '@inspraak/contract';
import { createMap } from '@inspraak/contract/operations/createMap';
import { deleteMap } from '@inspraak/contract/operations/deleteMap';
import { getMapForStaff } from '@inspraak/contract/operations/getMapForStaff';
import { eraseReport } from '@inspraak/contract/operations/eraseReport';
import { exportReportsCsv } from '@inspraak/contract/operations/exportReportsCsv';
import { exportReportsGeoJson } from '@inspraak/contract/operations/exportReportsGeoJson';
import { listMaps } from '@inspraak/contract/operations/listMaps';
import { listAdminReports } from '@inspraak/contract/operations/listAdminReports';
import { moderateReport } from '@inspraak/contract/operations/moderateReport';
import { updateMap } from '@inspraak/contract/operations/updateMap';
import { updateReportStatus } from '@inspraak/contract/operations/updateReportStatus';
import { paginate } from './pagination.ts';

export interface AdminMapsApi {
  /** One page of this site's maps, newest first, each with all its settings. */
  list(query?: MapListQuery, options?: CallOptions): Promise<FeedbackMapPage>;
  /** Every map, page after page. */
  iterate(query?: Pick<MapListQuery, 'limit'>, options?: CallOptions): AsyncIterableIterator<FeedbackMap>;
  create(input: FeedbackMapCreate, options?: WriteOptions): Promise<FeedbackMap>;
  /** A JSON merge patch: members left out stay; `categories` replaces the list. */
  update(mapId: string, patch: FeedbackMapUpdate, options?: WriteOptions): Promise<FeedbackMap>;
  /** One map with `counts`: the reports, photos and supports it holds. */
  get(mapId: string, options?: CallOptions): Promise<StaffFeedbackMap>;
  /** Deletes the map for good with every report and photo on it; its pages then say it no longer exists. 404 once deleted. */
  delete(mapId: string, options?: CallOptions): Promise<FeedbackMapDeletion>;
}

export interface AdminReportsApi {
  /** One page of a map's reports in every moderation state, newest first. */
  list(mapId: string, query?: AdminReportListQuery, options?: CallOptions): Promise<ReportPage>;
  iterate(mapId: string, query?: Omit<AdminReportListQuery, 'cursor'>, options?: CallOptions): AsyncIterableIterator<Report>;
  /** Sets the status with a note residents see; kept in the report's history. */
  updateStatus(reportId: string, input: ReportStatusUpdateInput, options?: WriteOptions): Promise<Report>;
  /**
   * Publishes a report that waits for review, or hides one: `'publish'`, `'hide'`, or the whole input
   * with why it is hidden (`{ decision: 'hide', reasonCode: 'personal-data', note? }`).
   */
  moderate(reportId: string, decision: ReportModerationInput['decision'] | ReportModerationInput, options?: WriteOptions): Promise<Report>;
  /** Every report of a map as a GeoJSON FeatureCollection. */
  exportGeoJson(mapId: string, options?: CallOptions): Promise<ReportCollection>;
  /** Every report of a map as CSV text (decoded, so without the file's byte-order mark). */
  exportCsv(mapId: string, options?: CallOptions): Promise<string>;
  /** Erases the report and its photos for good, as `maps.reports.eraseByReceipt` does, for a verified request; 404 once erased. */
  erase(reportId: string, options?: CallOptions): Promise<ReportErasure>;
}

export function createAdminMaps(http: Http): AdminMapsApi {
  const list: AdminMapsApi['list'] = ({ limit, cursor } = {}, { signal } = {}) => http.call(listMaps, { admin: true, query: { limit, cursor }, signal });
  return {
    list,
    iterate: ({ limit } = {}, options = {}) => paginate((cursor) => list({ limit, cursor }, options)),
    create: (input, options = {}) => http.call(createMap, { ...options, admin: true, body: input }),
    update: (mapId, patch, options = {}) => http.call(updateMap, { ...options, admin: true, mapId, body: patch }),
    get: (mapId, { signal } = {}) => http.call(getMapForStaff, { signal, admin: true, mapId }),
    delete: (mapId, { signal } = {}) => http.call(deleteMap, { signal, admin: true, mapId }),
  };
}

export function createAdminReports(http: Http): AdminReportsApi {
  const list: AdminReportsApi['list'] = (mapId, { moderation, category, status, limit, cursor } = {}, { signal } = {}) =>
    http.call(listAdminReports, { admin: true, mapId, query: { moderation, category, status, limit, cursor }, signal });
  return {
    list,
    iterate: (mapId, query = {}, options = {}) => paginate((cursor) => list(mapId, { ...query, cursor }, options)),
    updateStatus: (reportId, input, options = {}) => http.call(updateReportStatus, { ...options, admin: true, reportId, body: input }),
    moderate: (reportId, decision, options = {}) =>
      http.call(moderateReport, { ...options, admin: true, reportId, body: typeof decision === 'string' ? { decision } : decision }),
    exportGeoJson: (mapId, { signal } = {}) =>
      http.call(exportReportsGeoJson, { admin: true, mapId, signal, headers: { accept: 'application/geo+json' } }),
    exportCsv: (mapId, { signal } = {}) => http.text(exportReportsCsv, { admin: true, mapId, signal, headers: { accept: 'text/csv' } }),
    erase: (reportId, { signal } = {}) => http.call(eraseReport, { signal, admin: true, reportId }),
  };
}
