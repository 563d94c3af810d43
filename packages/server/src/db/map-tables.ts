import type { Generated, Insertable, Selectable } from 'kysely';
import type { FeedbackMap, HideReasonCode, ReportModeration, ReportStatus } from '@inspraak/contract';
import type { LinkedIdColumn } from './linked-id-column.ts';

// The feedback map's tables (migration 0003-maps). JSON columns hold what is only ever read and
// written whole with its row (a map's categories, tile layer and geocoder; a report's answers).

export interface MapsTable extends LinkedIdColumn {
  site_id: string;
  id: string;
  title: string;
  description: string | null;
  center_lat: number;
  center_lng: number;
  zoom: number;
  min_zoom: number;
  max_zoom: number;
  south: number;
  west: number;
  north: number;
  east: number;
  /** JSON `TileLayer`. */
  tiles: string;
  /** JSON `Geocoder`. */
  geocoder: string;
  /** JSON array of `ReportCategory`. */
  categories: string;
  moderation: FeedbackMap['moderation'];
  /** Migration 0012-map-status; a closed map takes no new reports. */
  status: FeedbackMap['status'];
  created_at: string;
  updated_at: string;
}

export type ReportStatusValue = ReportStatus;
export type ReportModerationValue = ReportModeration;

export interface ReportsTable {
  site_id: string;
  id: string;
  map_id: string;
  /** The category's code (Open311 service_code). */
  category: string;
  status: ReportStatusValue;
  moderation: ReportModerationValue;
  description: string;
  lat: number;
  lng: number;
  address: string | null;
  /** JSON object: question id → answer. */
  answers: string;
  /** SHA-256 (hex) of the receipt token; the token itself is shown once. */
  receipt_hash: string;
  /** HMAC of the client address; never the address itself. */
  client_hash: string | null;
  support_count: Generated<number>;
  photo_count: Generated<number>;
  /** Why a moderator hid it (migration 0010-report-hide-reasons); null when not hidden. */
  hidden_reason_code: HideReasonCode | null;
  /** The moderator's note for the author; null without one. */
  hidden_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReportUpdatesTable {
  /** Orders the history (two updates may share a millisecond). */
  seq: Generated<number>;
  site_id: string;
  report_id: string;
  status: ReportStatusValue;
  note: string | null;
  created_at: string;
}

export interface ReportPhotosTable {
  site_id: string;
  id: string;
  report_id: string;
  media_type: 'image/jpeg';
  width: number;
  height: number;
  bytes: number;
  /** The re-encoded image, metadata stripped; the upload itself is never stored. */
  data: Buffer;
  created_at: string;
}

export interface ReportSupportsTable {
  site_id: string;
  report_id: string;
  participant_id: string;
  created_at: string;
}

export interface MapTables {
  maps: MapsTable;
  reports: ReportsTable;
  report_updates: ReportUpdatesTable;
  report_photos: ReportPhotosTable;
  report_supports: ReportSupportsTable;
}

export type MapRow = Selectable<MapsTable>;
export type NewMap = Insertable<MapsTable>;
export type ReportRow = Selectable<ReportsTable>;
export type NewReport = Insertable<ReportsTable>;
export type ReportUpdateRow = Selectable<ReportUpdatesTable>;
export type ReportPhotoRow = Selectable<ReportPhotosTable>;
