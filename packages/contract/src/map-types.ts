/**
 * Named aliases of the generated contract types for feedback maps. Never copy a schema by hand: add an alias here.
 */
import type { components, operations } from './generated/api.ts';

type Schemas = components['schemas'];

export type FeedbackMap = Schemas['FeedbackMap'];
export type FeedbackMapCreate = Schemas['FeedbackMapCreate'];
export type FeedbackMapUpdate = Schemas['FeedbackMapUpdate'];
export type ReportCategory = Schemas['ReportCategory'];
export type CategoryQuestion = Schemas['CategoryQuestion'];
export type TileLayer = Schemas['TileLayer'];
export type Geocoder = Schemas['Geocoder'];
export type Report = Schemas['Report'];
export type ReportProperties = Schemas['ReportProperties'];
export type ReportStatus = Schemas['ReportStatus'];
export type ReportModeration = Schemas['ReportModeration'];
export type ReportCreate = Schemas['ReportCreate'];
export type ReportReceipt = Schemas['ReportReceipt'];
export type ReportPage = Schemas['ReportPage'];
export type ReportCollection = Schemas['ReportCollection'];
export type NearbyReports = Schemas['NearbyReports'];
export type ReportClusters = Schemas['ReportClusters'];
export type ReportCluster = Schemas['ReportCluster'];
export type ReportPhoto = Schemas['ReportPhoto'];
export type ReportSupport = Schemas['ReportSupport'];
export type ReportErasure = Schemas['ReportErasure'];
export type ReportStatusUpdateInput = Schemas['ReportStatusUpdateInput'];
export type ReportModerationInput = Schemas['ReportModerationInput'];

/** A WGS84 box: the contract's `west,south,east,north` text, or those four numbers. */
export type Bbox = string | readonly [west: number, south: number, east: number, north: number];

type Query<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;

/** The query of `GET /maps/{mapId}/reports`, with `bbox` as text or four numbers. */
export type ReportListQuery = Omit<Query<'listReports'>, 'bbox'> & { bbox?: Bbox };
/** The query of `GET /maps/{mapId}/clusters`. */
export type ClusterQuery = Omit<Query<'getReportClusters'>, 'bbox'> & { bbox: Bbox };
/** The query of `GET /maps/{mapId}/reports/nearby`: `{ lat, lng, category, radius? }`. */
export type NearbyQuery = Query<'listNearbyReports'>;
/** The query of `GET /admin/maps/{mapId}/reports`. */
export type AdminReportListQuery = Query<'listAdminReports'>;
