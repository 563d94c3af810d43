/**
 * The list queries of the contract's operations, by the names code uses. Every schema has its own
 * generated type (src/generated/schemas.ts); only what is not a schema is named here.
 */
import type { operations } from './generated/api.ts';

type Query<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;

/** The query of `GET /admin/polls`: `{ limit?, cursor? }`. */
export type PollListQuery = Query<'listPolls'>;
/** The query of `GET /admin/boards`: `{ limit?, cursor? }`. */
export type BoardListQuery = Query<'listBoards'>;
/** The query of `GET /admin/maps`: `{ limit?, cursor? }`. */
export type MapListQuery = Query<'listMaps'>;
/** The query of `GET /admin/audit-log`: `{ limit?, cursor? }`. */
export type AuditLogQuery = Query<'listAuditLog'>;
/** The query of `GET /boards/{boardId}/ideas`: `{ sort?, category?, status?, limit?, cursor? }`. */
export type IdeaListQuery = Query<'listIdeas'>;
/** The query of `GET /ideas/{ideaId}/comments`: `{ limit?, cursor? }`. */
export type CommentListQuery = Query<'listComments'>;
/** The query of `GET /admin/moderation-queue`: `{ boardId?, mapId?, limit?, cursor? }`. */
export type ModerationQueueQuery = Query<'listModerationQueue'>;
/** The query of `GET /admin/answers-due`: `{ boardId?, limit?, cursor? }`. */
export type AnswersDueQuery = Query<'listAnswersDue'>;
/** The query of `GET /admin/overview`: `{ from?, to? }` (days, `YYYY-MM-DD`, UTC). */
export type OverviewQuery = Query<'getParticipationOverview'>;

/** A WGS84 box: the contract's `west,south,east,north` text, or those four numbers. */
export type Bbox = string | readonly [west: number, south: number, east: number, north: number];

/** The query of `GET /maps/{mapId}/reports`, with `bbox` as text or four numbers. */
export type ReportListQuery = Omit<Query<'listReports'>, 'bbox'> & { bbox?: Bbox };
/** The query of `GET /maps/{mapId}/clusters`. */
export type ClusterQuery = Omit<Query<'getReportClusters'>, 'bbox'> & { bbox: Bbox };
/** The query of `GET /maps/{mapId}/reports/nearby`: `{ lat, lng, category, radius? }`. */
export type NearbyQuery = Query<'listNearbyReports'>;
/** The query of `GET /admin/maps/{mapId}/reports`. */
export type AdminReportListQuery = Query<'listAdminReports'>;
