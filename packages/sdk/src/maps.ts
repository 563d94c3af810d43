/** Resident calls on feedback maps: the map, its reports, photos, support, clusters, receipts. */
import type { CallOptions, Http, WriteOptions } from './http.ts';
import type {
  Bbox,
  ClusterQuery,
  FeedbackMap,
  NearbyQuery,
  NearbyReports,
  Report,
  ReportClusters,
  ReportCreate,
  ReportErasure,
  ReportListQuery,
  ReportPage,
  ReportPhoto,
  ReportReceipt,
  ReportSupport,
} from '@inspraak/contract';
import { addReportPhoto } from '@inspraak/contract/operations/addReportPhoto';
import { createReport } from '@inspraak/contract/operations/createReport';
import { eraseReportByReceipt } from '@inspraak/contract/operations/eraseReportByReceipt';
import { getMap } from '@inspraak/contract/operations/getMap';
import { getReport } from '@inspraak/contract/operations/getReport';
import { getReportByReceipt } from '@inspraak/contract/operations/getReportByReceipt';
import { getReportClusters } from '@inspraak/contract/operations/getReportClusters';
import { listNearbyReports } from '@inspraak/contract/operations/listNearbyReports';
import { listReports } from '@inspraak/contract/operations/listReports';
import { supportReport } from '@inspraak/contract/operations/supportReport';
import { paginate } from './pagination.ts';
import type { Participants } from './participants.ts';

export interface AddPhotoOptions extends WriteOptions {
  /** The report's receipt, from `create`: only its holder may add photos. */
  receipt: string;
  /** The file name sent along (the server judges the file by its content, not its name). */
  filename?: string | undefined;
}

export interface ReportsApi {
  /** One page of a map's public reports, newest first (inside `bbox` when given). */
  list(mapId: string, query?: ReportListQuery, options?: CallOptions): Promise<ReportPage>;
  /** Every report matching the query, page after page. */
  iterate(mapId: string, query?: Omit<ReportListQuery, 'cursor'>, options?: CallOptions): AsyncIterableIterator<Report>;
  get(reportId: string, options?: CallOptions): Promise<Report>;
  /** Sends a report; the answer holds the report and its receipt (keep it: it is shown once). */
  create(mapId: string, input: ReportCreate, options?: WriteOptions): Promise<ReportReceipt>;
  /** Adds a photo (a `Blob` or `File`) to a report, with its receipt; at most 3 per report. */
  addPhoto(reportId: string, photo: Blob, options: AddPhotoOptions): Promise<ReportPhoto>;
  /** "Already reported?": open reports of a category near a place, nearest first. */
  nearby(mapId: string, query: NearbyQuery, options?: CallOptions): Promise<NearbyReports>;
  /** "Me too": this participant supports a report (once; a second call changes nothing). */
  support(reportId: string, options?: WriteOptions): Promise<ReportSupport>;
  /** The report a receipt belongs to, also while it waits for review. */
  byReceipt(receipt: string, options?: CallOptions): Promise<Report>;
  /**
   * Erases the report of a receipt for good (with its photos, supports and history); it cannot be
   * undone. Erasing again rejects with status 404, as an unknown receipt does.
   */
  eraseByReceipt(receipt: string, options?: CallOptions): Promise<ReportErasure>;
}

export interface MapsApi {
  get(mapId: string, options?: CallOptions): Promise<FeedbackMap>;
  /** Report counts per grid cell for a box and zoom level, each with its count per category. */
  clusters(mapId: string, query: ClusterQuery, options?: CallOptions): Promise<ReportClusters>;
  reports: ReportsApi;
}

/** The contract's `west,south,east,north` text. */
export function bboxText(bbox: Bbox): string;
export function bboxText(bbox: Bbox | undefined): string | undefined;
export function bboxText(bbox: Bbox | undefined): string | undefined {
  return bbox === undefined || typeof bbox === 'string' ? bbox : bbox.join(',');
}

export function createMaps({ http, participants }: { http: Http; participants: Participants }): MapsApi {
  const list: ReportsApi['list'] = (mapId, { bbox, category, status, limit, cursor } = {}, { signal } = {}) =>
    http.call(listReports, { mapId, query: { bbox: bboxText(bbox), category, status, limit, cursor }, signal });

  const reports: ReportsApi = {
    list,
    iterate: (mapId, query = {}, options = {}) => paginate((cursor) => list(mapId, { ...query, cursor }, options)),
    get: (reportId, { signal } = {}) => http.call(getReport, { reportId, signal }),
    create: (mapId, input, { signal, idempotencyKey } = {}) => http.call(createReport, { mapId, body: input, signal, idempotencyKey }),
    addPhoto: (reportId, photo, { receipt, filename, signal, idempotencyKey }) => {
      const form = new FormData();
      form.set('receipt', receipt);
      form.set('photo', photo, filename ?? ((photo as { name?: string }).name || 'photo'));
      return http.call(addReportPhoto, { reportId, form, signal, idempotencyKey });
    },
    nearby: (mapId, { lat, lng, category, radius }, { signal } = {}) =>
      http.call(listNearbyReports, { mapId, query: { lat, lng, category, radius }, signal }),
    support: (reportId, { signal, idempotencyKey } = {}) =>
      participants.withToken(
        (headers) => http.call(supportReport, { reportId, headers, signal, idempotencyKey }),
        signal,
        true,
      ),
    byReceipt: (receipt, { signal } = {}) => http.call(getReportByReceipt, { query: { receipt }, signal }),
    eraseByReceipt: (receipt, { signal } = {}) => http.call(eraseReportByReceipt, { query: { receipt }, signal }),
  };

  return {
    get: (mapId, { signal } = {}) => http.call(getMap, { mapId, signal }),
    clusters: (mapId, { bbox, zoom, category, status }, { signal } = {}) =>
      http.call(getReportClusters, { mapId, query: { bbox: bboxText(bbox), zoom, category, status }, signal }),
    reports,
  };
}
