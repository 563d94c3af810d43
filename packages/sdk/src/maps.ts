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
export const bboxText = (bbox: Bbox | undefined): string | undefined =>
  bbox === undefined || typeof bbox === 'string' ? bbox : bbox.join(',');

const mapPath = (mapId: string, rest = '') => `maps/${encodeURIComponent(mapId)}${rest}`;
const reportPath = (reportId: string, rest = '') => `reports/${encodeURIComponent(reportId)}${rest}`;

export function createMaps({ http, participants }: { http: Http; participants: Participants }): MapsApi {
  const list: ReportsApi['list'] = (mapId, { bbox, category, status, limit, cursor } = {}, { signal } = {}) =>
    http.json<ReportPage>(mapPath(mapId, '/reports'), { searchParams: { bbox: bboxText(bbox), category, status, limit, cursor }, signal });

  const reports: ReportsApi = {
    list,
    iterate: (mapId, query = {}, options = {}) => paginate((cursor) => list(mapId, { ...query, cursor }, options)),
    get: (reportId, { signal } = {}) => http.json<Report>(reportPath(reportId), { signal }),
    create: (mapId, input, { signal, idempotencyKey } = {}) =>
      http.json<ReportReceipt>(mapPath(mapId, '/reports'), { method: 'post', json: input, signal, idempotencyKey }),
    addPhoto: (reportId, photo, { receipt, filename, signal, idempotencyKey }) => {
      const form = new FormData();
      form.set('receipt', receipt);
      form.set('photo', photo, filename ?? ((photo as { name?: string }).name || 'photo'));
      return http.json<ReportPhoto>(reportPath(reportId, '/photos'), { method: 'post', body: form, signal, idempotencyKey });
    },
    nearby: (mapId, { lat, lng, category, radius }, { signal } = {}) =>
      http.json<NearbyReports>(mapPath(mapId, '/reports/nearby'), { searchParams: { lat, lng, category, radius }, signal }),
    support: (reportId, { signal, idempotencyKey } = {}) =>
      participants.withToken(
        (headers) => http.json<ReportSupport>(reportPath(reportId, '/supports'), { method: 'post', headers, signal, idempotencyKey }),
        signal,
        true,
      ),
    byReceipt: (receipt, { signal } = {}) => http.json<Report>('reports/by-receipt', { searchParams: { receipt }, signal }),
    eraseByReceipt: (receipt, { signal } = {}) =>
      http.json<ReportErasure>('reports/by-receipt', { method: 'delete', searchParams: { receipt }, signal }),
  };

  return {
    get: (mapId, { signal } = {}) => http.json<FeedbackMap>(mapPath(mapId), { signal }),
    clusters: (mapId, { bbox, zoom, category, status }, { signal } = {}) =>
      http.json<ReportClusters>(mapPath(mapId, '/clusters'), { searchParams: { bbox: bboxText(bbox), zoom, category, status }, signal }),
    reports,
  };
}
