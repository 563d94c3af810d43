import { randomBytes } from 'node:crypto';
import type {
  NearbyReports,
  Report,
  ReportCategory,
  ReportClusters,
  ReportCreate,
  ReportModerationInput,
  ReportPage,
  ReportStatusUpdateInput,
} from '@inspraak/contract';
import { listNearbyReportsQuery, listReportsQuery } from '@inspraak/contract';
import type { OperationQuery } from '../contract/operation-types.ts';
import { hashToken, randomId } from '../credentials/tokens.ts';
import type { MapRow, ReportModerationValue, ReportRow } from '../db/map-tables.ts';
import { DomainError, invalidInput, invalidField, notFound, type FieldError } from './domain-error.ts';
import {
  clusterCells,
  findReportRow,
  findReportRowByReceipt,
  insertReport,
  insertStatusUpdate,
  insertSupport,
  listOpenReportsInBox,
  listReportRows,
  setReportModeration,
  setReportStatus,
  withDetails,
  type ReportFilter,
  type ReportRecord,
} from '../repositories/report-repository.ts';
import { hiddenReasonColumns } from './hidden-reason.ts';
import { boxAround, cellDegrees, distanceMetres, parseBbox } from './geo.ts';
import { assertMapOpen, categoriesOf, getMapRow } from './map-service.ts';
import { decodeListCursor, encodeListCursor } from './list-cursor.ts';
import { toReport, type PhotoUrl } from './report-view.ts';
import type { ServiceContext } from './service-context.ts';

/** How far back "already reported?" looks. */
const nearbyWindowMs = 90 * 24 * 60 * 60 * 1000;

const boxArea = (box: { south: number; west: number; north: number; east: number }) => (box.north - box.south) * (box.east - box.west);

const newReceipt = (): string => `rr_${randomBytes(24).toString('base64url')}`;

async function recordOf(ctx: ServiceContext, row: ReportRow): Promise<ReportRecord> {
  return (await withDetails(ctx.db, row.site_id, [row]))[0]!;
}

/** The rules of a report the schema cannot say: category, place inside the bounds, extra answers. */
function checkReport(map: MapRow, input: ReportCreate): { category: ReportCategory; answers: Record<string, string> } {
  const errors: FieldError[] = [];
  const category = categoriesOf(map).find((c) => c.code === input.category);
  if (!category) {
    errors.push({ pointer: '/category', code: 'unknown-category', detail: `This map has no category "${input.category}".` });
  }
  if (input.lat < map.south || input.lat > map.north) {
    errors.push({ pointer: '/lat', code: 'outside-bounds', detail: 'This place lies outside the map. Choose a place inside the area the map shows.' });
  }
  if (input.lng < map.west || input.lng > map.east) {
    errors.push({ pointer: '/lng', code: 'outside-bounds', detail: 'This place lies outside the map. Choose a place inside the area the map shows.' });
  }
  if (input.description.trim() === '') {
    errors.push({ pointer: '/description', code: 'required', detail: 'Describe what you want to report.' });
  }
  const answers: Record<string, string> = {};
  if (category) {
    const given = input.answers ?? {};
    for (const key of Object.keys(given)) {
      if (!category.questions.some((q) => q.id === key)) {
        errors.push({ pointer: `/answers/${key}`, code: 'unknown-field', detail: `Category "${category.code}" asks no question "${key}".` });
      }
    }
    for (const question of category.questions) {
      const value = given[question.id]?.trim() ?? '';
      if (value === '') {
        if (question.required) errors.push({ pointer: `/answers/${question.id}`, code: 'required', detail: `Answer "${question.label}".` });
        continue;
      }
      if (question.kind === 'choice' && !question.choices?.some((c) => c.id === value)) {
        errors.push({ pointer: `/answers/${question.id}`, code: 'unknown-choice', detail: `Choose one of the answers to "${question.label}".` });
        continue;
      }
      answers[question.id] = value;
    }
  }
  if (errors.length > 0) throw invalidInput(errors);
  return { category: category!, answers };
}

export interface CreatedReport {
  record: ReportRecord;
  map: MapRow;
  receipt: string;
}

export async function createReport(
  ctx: ServiceContext,
  siteId: string,
  mapId: string,
  input: ReportCreate,
  clientHash: string | null,
): Promise<CreatedReport> {
  const map = await getMapRow(ctx, siteId, mapId);
  assertMapOpen(map);
  const { answers } = checkReport(map, input);
  const receipt = newReceipt();
  const now = ctx.now().toISOString();
  const row: ReportRow = {
    site_id: siteId,
    id: `rep_${randomId(16)}`,
    map_id: mapId,
    category: input.category,
    status: 'open',
    moderation: map.moderation === 'pre' ? 'pending' : 'published',
    description: input.description.trim(),
    lat: input.lat,
    lng: input.lng,
    address: input.address?.trim() || null,
    answers: JSON.stringify(answers),
    receipt_hash: hashToken(receipt),
    client_hash: clientHash,
    support_count: 0,
    photo_count: 0,
    hidden_reason_code: null,
    hidden_reason: null,
    created_at: now,
    updated_at: now,
  };
  const { support_count: _s, photo_count: _p, ...insertable } = row;
  await insertReport(ctx.db, insertable);
  return { record: { report: row, photoIds: [], updates: [] }, map, receipt };
}

/** A published report, with the categories of its map; 404 for anything else. */
export async function getPublicReport(ctx: ServiceContext, siteId: string, reportId: string): Promise<{ record: ReportRecord; map: MapRow }> {
  const row = await findReportRow(ctx.db, siteId, reportId);
  if (!row || row.moderation !== 'published') throw notFound(`Report "${reportId}"`);
  return { record: await recordOf(ctx, row), map: await getMapRow(ctx, siteId, row.map_id) };
}

/** Any report of this site, for admins and for its receipt holder. */
export async function getAnyReport(ctx: ServiceContext, siteId: string, reportId: string): Promise<{ record: ReportRecord; map: MapRow }> {
  const row = await findReportRow(ctx.db, siteId, reportId);
  if (!row) throw notFound(`Report "${reportId}"`);
  return { record: await recordOf(ctx, row), map: await getMapRow(ctx, siteId, row.map_id) };
}

export async function getReportByReceipt(ctx: ServiceContext, siteId: string, receipt: string): Promise<{ record: ReportRecord; map: MapRow }> {
  const row = await findReportRowByReceipt(ctx.db, hashToken(receipt));
  if (!row || row.site_id !== siteId) throw notFound('A report with this receipt');
  return { record: await recordOf(ctx, row), map: await getMapRow(ctx, siteId, row.map_id) };
}

/** The report the receipt belongs to, or 404/403. */
export async function reportForReceipt(ctx: ServiceContext, siteId: string, reportId: string, receipt: string): Promise<ReportRow> {
  const row = await findReportRow(ctx.db, siteId, reportId);
  if (!row) throw notFound(`Report "${reportId}"`);
  if (row.receipt_hash !== hashToken(receipt)) {
    throw new DomainError(
      'receipt-not-valid',
      'This receipt does not belong to this report. Only the person who sent a report can add photos to it.',
    );
  }
  return row;
}

/** Either list's query: the residents' list may filter by `bbox`, the admin list by `moderation`. */
type ReportListQuery = OperationQuery<'listReports'> & OperationQuery<'listAdminReports'>;

/** One page, newest first; `admin` lists every moderation state, residents only published reports. */
export async function listReports(
  ctx: ServiceContext,
  siteId: string,
  mapId: string,
  query: ReportListQuery,
  photoUrl: PhotoUrl,
  admin: boolean,
): Promise<ReportPage> {
  const map = await getMapRow(ctx, siteId, mapId);
  const limit = query.limit ?? listReportsQuery.limit.default;
  let after;
  if (query.cursor !== undefined) {
    const [createdAt, id] = decodeListCursor('reports', query.cursor, ['string', 'string']) as [string, string];
    after = { createdAt, id };
  }
  const box = query.bbox === undefined ? undefined : parseBbox(query.bbox);
  const filter: ReportFilter = {
    box,
    category: query.category,
    status: query.status,
    moderation: admin ? query.moderation : 'published',
    // A viewport that shows a small part of the map holds few reports: read them by position.
    byPosition: box !== undefined && boxArea(box) < 0.25 * boxArea(map),
  };
  const rows = await listReportRows(ctx.db, siteId, mapId, filter, limit + 1, after);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const categories = categoriesOf(map);
  return {
    items: (await withDetails(ctx.db, siteId, page)).map((record) => toReport(record, categories, photoUrl)),
    nextCursor: rows.length > limit && last ? encodeListCursor('reports', [last.created_at, last.id]) : null,
  };
}

/** Every report of a map, newest first (exports). */
export async function allReports(ctx: ServiceContext, siteId: string, mapId: string): Promise<{ map: MapRow; records: ReportRecord[] }> {
  const map = await getMapRow(ctx, siteId, mapId);
  const rows = await listReportRows(ctx.db, siteId, mapId, {}, Number.MAX_SAFE_INTEGER);
  return { map, records: await withDetails(ctx.db, siteId, rows) };
}

export async function nearbyReports(
  ctx: ServiceContext,
  siteId: string,
  mapId: string,
  query: OperationQuery<'listNearbyReports'>,
  photoUrl: PhotoUrl,
): Promise<NearbyReports> {
  const map = await getMapRow(ctx, siteId, mapId);
  const categories = categoriesOf(map);
  if (!categories.some((c) => c.code === query.category)) {
    throw invalidField('#/query/category', 'unknown-category', `This map has no category "${query.category}".`);
  }
  const radius = query.radius ?? listNearbyReportsQuery.radius.default;
  const since = new Date(ctx.now().getTime() - nearbyWindowMs).toISOString();
  const rows = await listOpenReportsInBox(ctx.db, siteId, mapId, query.category, boxAround(query.lat, query.lng, radius), since);
  const near = rows
    .map((row) => ({ row, distance: distanceMetres(query.lat, query.lng, row.lat, row.lng) }))
    .filter((n) => n.distance <= radius)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 10);
  const records = await withDetails(ctx.db, siteId, near.map((n) => n.row));
  return {
    items: near.map((n, i) => ({ distance: Math.round(n.distance * 10) / 10, report: toReport(records[i]!, categories, photoUrl) })),
  };
}

export async function reportClusters(
  ctx: ServiceContext,
  siteId: string,
  mapId: string,
  query: OperationQuery<'getReportClusters'>,
): Promise<ReportClusters> {
  await getMapRow(ctx, siteId, mapId);
  const box = parseBbox(query.bbox);
  const cell = cellDegrees(query.zoom);
  const rows = await clusterCells(ctx.db, siteId, mapId, box, cell, query);
  const cells = new Map<string, { count: number; sumLat: number; sumLng: number; south: number; north: number; west: number; east: number; anyId: string; categories: Map<string, number> }>();
  for (const row of rows) {
    const key = `${row.gx}:${row.gy}`;
    const count = Number(row.count);
    const current = cells.get(key);
    if (!current) {
      cells.set(key, { ...row, count, categories: new Map([[row.category, count]]) });
      continue;
    }
    current.count += count;
    current.sumLat += row.sumLat;
    current.sumLng += row.sumLng;
    current.south = Math.min(current.south, row.south);
    current.north = Math.max(current.north, row.north);
    current.west = Math.min(current.west, row.west);
    current.east = Math.max(current.east, row.east);
    current.categories.set(row.category, (current.categories.get(row.category) ?? 0) + count);
  }
  let total = 0;
  const clusters = [...cells.values()].map((c) => {
    total += c.count;
    return {
      lat: c.sumLat / c.count,
      lng: c.sumLng / c.count,
      count: c.count,
      categories: [...c.categories].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
      bounds: { south: c.south, west: c.west, north: c.north, east: c.east },
      ...(c.count === 1 ? { reportId: c.anyId } : {}),
    };
  });
  clusters.sort((a, b) => b.count - a.count || a.lat - b.lat || a.lng - b.lng);
  return { zoom: query.zoom, cellDegrees: cell, total, clusters };
}

export async function supportReport(
  ctx: ServiceContext,
  siteId: string,
  reportId: string,
  participantId: string,
): Promise<{ created: boolean; supportCount: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findReportRow(trx, siteId, reportId);
    if (!row || row.moderation !== 'published') throw notFound(`Report "${reportId}"`);
    const created = await insertSupport(trx, siteId, reportId, participantId, ctx.now().toISOString());
    return { created, supportCount: row.support_count + (created ? 1 : 0) };
  });
}

/** updatedAt must move on every change (the ETag hangs on it), even within one millisecond. */
const laterThan = (previous: string, now: Date): string => new Date(Math.max(now.getTime(), Date.parse(previous) + 1)).toISOString();

export async function updateReportStatus(
  ctx: ServiceContext,
  siteId: string,
  reportId: string,
  input: ReportStatusUpdateInput,
): Promise<{ record: ReportRecord; map: MapRow }> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findReportRow(trx, siteId, reportId);
    if (!row) throw notFound(`Report "${reportId}"`);
    const at = laterThan(row.updated_at, ctx.now());
    const note = input.note?.trim() || null;
    await insertStatusUpdate(trx, { site_id: siteId, report_id: reportId, status: input.status, note, created_at: at });
    await setReportStatus(trx, siteId, reportId, input.status, at);
  });
  return getAnyReport(ctx, siteId, reportId);
}

export async function moderateReport(
  ctx: ServiceContext,
  siteId: string,
  reportId: string,
  input: ReportModerationInput,
): Promise<{ record: ReportRecord; map: MapRow }> {
  const target: ReportModerationValue = input.decision === 'publish' ? 'published' : 'hidden';
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findReportRow(trx, siteId, reportId);
    if (!row) throw notFound(`Report "${reportId}"`);
    if (row.moderation === target) {
      throw new DomainError('moderation-unchanged', `Report "${reportId}" is already ${target}.`);
    }
    await setReportModeration(trx, siteId, reportId, { moderation: target, ...hiddenReasonColumns(target, input) }, laterThan(row.updated_at, ctx.now()));
  });
  return getAnyReport(ctx, siteId, reportId);
}

export function reportsOf(records: ReportRecord[], map: MapRow, photoUrl: PhotoUrl): Report[] {
  const categories = categoriesOf(map);
  return records.map((record) => toReport(record, categories, photoUrl));
}

