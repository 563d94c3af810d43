import { sql, type ExpressionBuilder } from 'kysely';
import type {
  NewReport,
  ReportModerationValue,
  ReportPhotoRow,
  ReportRow,
  ReportStatusValue,
  ReportUpdateRow,
} from '../db/map-tables.ts';
import type { Tables } from '../db/tables.ts';
import { olderThan, type PageAfter } from './newest-first.ts';
import type { Executor } from './executor.ts';

export interface BoxFilter {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Reports inside `box`, its edges included (the lat/lng columns of the index `reports_position`). */
const insideBox = (box: BoxFilter) => (eb: ExpressionBuilder<Tables, 'reports'>) =>
  eb.and([eb('lat', '>=', box.south), eb('lat', '<=', box.north), eb('lng', '>=', box.west), eb('lng', '<=', box.east)]);

export interface ReportFilter {
  box?: BoxFilter;
  category?: string;
  status?: ReportStatusValue;
  /** Left out: every moderation state (admin). */
  moderation?: ReportModerationValue;
  /**
   * Read the box through `reports_position` and sort what is inside, instead of walking
   * `reports_newest` until the page is full: far faster for a small box, slower for one that holds
   * most of the map.
   */
  byPosition?: boolean;
}

/** A report with what its representation needs besides its row. */
export interface ReportRecord {
  report: ReportRow;
  photoIds: string[];
  updates: ReportUpdateRow[];
}

export async function insertReport(db: Executor, report: NewReport): Promise<void> {
  await db.insertInto('reports').values(report).execute();
}

export async function findReportRow(db: Executor, siteId: string, reportId: string): Promise<ReportRow | undefined> {
  return db.selectFrom('reports').selectAll().where('site_id', '=', siteId).where('id', '=', reportId).executeTakeFirst();
}

export async function findReportRowByReceipt(db: Executor, receiptHash: string): Promise<ReportRow | undefined> {
  return db.selectFrom('reports').selectAll().where('receipt_hash', '=', receiptHash).executeTakeFirst();
}

/** Adds photo ids and status history to rows, in two queries for the whole set. */
export async function withDetails(db: Executor, siteId: string, rows: ReportRow[]): Promise<ReportRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [photos, updates] = await Promise.all([
    db
      .selectFrom('report_photos')
      .select(['id', 'report_id'])
      .where('site_id', '=', siteId)
      .where('report_id', 'in', ids)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db.selectFrom('report_updates').selectAll().where('site_id', '=', siteId).where('report_id', 'in', ids).orderBy('seq').execute(),
  ]);
  return rows.map((report) => ({
    report,
    photoIds: photos.filter((p) => p.report_id === report.id).map((p) => p.id),
    updates: updates.filter((u) => u.report_id === report.id),
  }));
}

/** Newest first; keyset pagination on (created_at, id). */
export async function listReportRows(
  db: Executor,
  siteId: string,
  mapId: string,
  filter: ReportFilter,
  limit: number,
  after?: PageAfter,
): Promise<ReportRow[]> {
  let query = db.selectFrom('reports').selectAll().where('site_id', '=', siteId).where('map_id', '=', mapId);
  if (filter.box) query = query.where(insideBox(filter.box));
  if (filter.category !== undefined) query = query.where('category', '=', filter.category);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  if (filter.moderation !== undefined) query = query.where('moderation', '=', filter.moderation);
  if (after) query = query.where(olderThan(after));
  // A unary + keeps SQLite from ordering through an index, so it picks the position index.
  const [createdAt, id] = filter.byPosition ? [sql<string>`+created_at`, sql<string>`+id`] : (['created_at', 'id'] as const);
  return query.orderBy(createdAt, 'desc').orderBy(id, 'desc').limit(limit).execute();
}

/** Open reports of one category in a box, created since `since` (nearby duplicates). */
export async function listOpenReportsInBox(
  db: Executor,
  siteId: string,
  mapId: string,
  category: string,
  box: BoxFilter,
  since: string,
): Promise<ReportRow[]> {
  return db
    .selectFrom('reports')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('map_id', '=', mapId)
    .where(insideBox(box))
    .where('category', '=', category)
    .where('moderation', '=', 'published')
    .where('status', 'in', ['open', 'acknowledged', 'in-progress'])
    .where('created_at', '>=', since)
    .limit(200)
    .execute();
}

export interface ClusterCell {
  gx: number;
  gy: number;
  category: string;
  count: number;
  sumLat: number;
  sumLng: number;
  south: number;
  north: number;
  west: number;
  east: number;
  anyId: string;
}

/**
 * Grid clustering in SQL: reports in the box grouped by cell (cells of `cell` degrees anchored at
 * -180/-90, so a cell stays the same cell while the map pans) and category. Reads only the
 * covering index `reports_position`.
 */
export async function clusterCells(
  db: Executor,
  siteId: string,
  mapId: string,
  box: BoxFilter,
  cell: number,
  filter: { category?: string; status?: ReportStatusValue },
): Promise<ClusterCell[]> {
  let query = db
    .selectFrom('reports')
    .select([
      sql<number>`cast((lng + 180.0) / ${cell} as integer)`.as('gx'),
      sql<number>`cast((lat + 90.0) / ${cell} as integer)`.as('gy'),
      'category',
      sql<number>`count(*)`.as('count'),
      sql<number>`sum(lat)`.as('sumLat'),
      sql<number>`sum(lng)`.as('sumLng'),
      sql<number>`min(lat)`.as('south'),
      sql<number>`max(lat)`.as('north'),
      sql<number>`min(lng)`.as('west'),
      sql<number>`max(lng)`.as('east'),
      sql<string>`min(id)`.as('anyId'),
    ])
    .where('site_id', '=', siteId)
    .where('map_id', '=', mapId)
    .where(insideBox(box))
    .where('moderation', '=', 'published');
  if (filter.category !== undefined) query = query.where('category', '=', filter.category);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  return query.groupBy([sql`1`, sql`2`, 'category']).execute() as Promise<ClusterCell[]>;
}

export async function setReportStatus(db: Executor, siteId: string, reportId: string, status: ReportStatusValue, at: string): Promise<void> {
  await db.updateTable('reports').set({ status, updated_at: at }).where('site_id', '=', siteId).where('id', '=', reportId).execute();
}

/** A new moderation state, with why it is hidden (both null unless hidden). */
export async function setReportModeration(
  db: Executor,
  siteId: string,
  reportId: string,
  change: Pick<ReportRow, 'moderation' | 'hidden_reason_code' | 'hidden_reason'>,
  at: string,
): Promise<void> {
  await db.updateTable('reports').set({ ...change, updated_at: at }).where('site_id', '=', siteId).where('id', '=', reportId).execute();
}

/** The site's reports waiting for review (the moderation queue's reports): one rule for the queue and its count. */
const pendingReports = (db: Executor, siteId: string) => db.selectFrom('reports').where('site_id', '=', siteId).where('moderation', '=', 'pending');

/** How many reports of the site wait for review. */
export async function countPendingReports(db: Executor, siteId: string): Promise<number> {
  const row = await pendingReports(db, siteId).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Reports waiting for review, oldest first (the moderation queue); keyset on (created_at, id). */
export async function listPendingReportRows(
  db: Executor,
  siteId: string,
  mapId: string | undefined,
  limit: number,
  after?: { queuedAt: string; id: string },
): Promise<ReportRow[]> {
  let query = pendingReports(db, siteId).selectAll();
  if (mapId !== undefined) query = query.where('map_id', '=', mapId);
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('created_at', '>', after.queuedAt), eb.and([eb('created_at', '=', after.queuedAt), eb('id', '>', after.id)])]),
    );
  }
  return query.orderBy('created_at').orderBy('id').limit(limit).execute();
}

export async function insertStatusUpdate(
  db: Executor,
  update: { site_id: string; report_id: string; status: ReportStatusValue; note: string | null; created_at: string },
): Promise<void> {
  await db.insertInto('report_updates').values(update).execute();
}

/** Adds one support; false when this participant already supported the report. */
export async function insertSupport(db: Executor, siteId: string, reportId: string, participantId: string, at: string): Promise<boolean> {
  const result = await db
    .insertInto('report_supports')
    .values({ site_id: siteId, report_id: reportId, participant_id: participantId, created_at: at })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  await db
    .updateTable('reports')
    .set({ support_count: sql<number>`support_count + 1` })
    .where('site_id', '=', siteId)
    .where('id', '=', reportId)
    .execute();
  return true;
}

/** Counts the photo against the report's limit and stores it, or returns false when the report is full. */
export async function insertPhotoWithin(db: Executor, photo: ReportPhotoRow, maxPhotos: number): Promise<boolean> {
  const claimed = await db
    .updateTable('reports')
    .set({ photo_count: sql<number>`photo_count + 1`, updated_at: photo.created_at })
    .where('site_id', '=', photo.site_id)
    .where('id', '=', photo.report_id)
    .where('photo_count', '<', maxPhotos)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 0) return false;
  await db.insertInto('report_photos').values(photo).execute();
  return true;
}

/** A photo with its report's site and moderation state. */
export async function findPhoto(
  db: Executor,
  photoId: string,
): Promise<(Pick<ReportPhotoRow, 'id' | 'media_type' | 'data' | 'bytes'> & { moderation: ReportModerationValue }) | undefined> {
  return db
    .selectFrom('report_photos')
    .innerJoin('reports', (join) => join.onRef('reports.site_id', '=', 'report_photos.site_id').onRef('reports.id', '=', 'report_photos.report_id'))
    .select(['report_photos.id', 'report_photos.media_type', 'report_photos.data', 'report_photos.bytes', 'reports.moderation'])
    .where('report_photos.id', '=', photoId)
    .executeTakeFirst();
}

export async function countCategoryUse(db: Executor, siteId: string, mapId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('reports')
    .select(['category', sql<number>`count(*)`.as('n')])
    .where('site_id', '=', siteId)
    .where('map_id', '=', mapId)
    .groupBy('category')
    .execute();
  return new Map(rows.map((r) => [r.category, Number(r.n)]));
}

export interface Open311Filter {
  ids?: string[];
  categories?: string[];
  statuses?: ReportStatusValue[];
  /** Inclusive bounds on created_at (ISO strings). */
  start?: string;
  end?: string;
}

/** Published reports for Open311's `GET requests`, newest first. */
export async function listPublishedReportRows(db: Executor, siteId: string, mapId: string, filter: Open311Filter, limit: number): Promise<ReportRow[]> {
  let query = db
    .selectFrom('reports')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('map_id', '=', mapId)
    .where('moderation', '=', 'published');
  if (filter.ids) query = query.where('id', 'in', filter.ids);
  if (filter.categories) query = query.where('category', 'in', filter.categories);
  if (filter.statuses) query = query.where('status', 'in', filter.statuses);
  if (filter.start) query = query.where('created_at', '>=', filter.start);
  if (filter.end) query = query.where('created_at', '<=', filter.end);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}
