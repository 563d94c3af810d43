import type { StaffFeedbackMap } from '@inspraak/contract';
import type { FeedbackMap, FeedbackMapCreate, FeedbackMapPage, FeedbackMapUpdate, Geocoder, ReportCategory, TileLayer } from '@inspraak/contract';
import { listMapsQuery, ReportCreateLimits, ReportPropertiesLimits } from '@inspraak/contract';
import type { OperationQuery } from '../contract/operation-types.ts';
import { randomId } from '../credentials/tokens.ts';
import type { MapRow, MapsTable } from '../db/map-tables.ts';
import { DomainError, invalidInput, idTaken, notFound, type FieldError } from './domain-error.ts';
import { findMap, insertMap, listMapRowsNewestFirst, updateMapRow } from '../repositories/map-repository.ts';
import { newestFirstPage } from './newest-first-page.ts';
import { countMapContent } from '../repositories/subject-content-repository.ts';
import { countCategoryUse } from '../repositories/report-repository.ts';
import type { Updateable } from 'kysely';
import type { ServiceContext } from './service-context.ts';

export const defaultTiles: TileLayer = {
  urlTemplate: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© OpenStreetMap contributors',
  maxZoom: 19,
};
export const defaultGeocoder: Geocoder = { kind: 'nominatim', url: 'https://nominatim.openstreetmap.org' };

// The limits a map tells its widgets are the contract's: a report's description and its photos.
export const descriptionMaxLength = ReportCreateLimits.description.maxLength;
export const photosPerReport = ReportPropertiesLimits.mediaUrls.maxItems;

export async function getMapRow(ctx: ServiceContext, siteId: string, mapId: string): Promise<MapRow> {
  const map = await findMap(ctx.db, siteId, mapId);
  if (!map) throw notFound(`Map "${mapId}"`);
  return map;
}

/** A map for staff, with what it holds (what deleting it would remove). */
export async function getStaffMap(ctx: ServiceContext, siteId: string, mapId: string, photoMaxBytes: number): Promise<StaffFeedbackMap> {
  const map = await getMapRow(ctx, siteId, mapId);
  return { ...toMap(map, photoMaxBytes), counts: await countMapContent(ctx.db, siteId, map.id) };
}

export const categoriesOf = (map: MapRow): ReportCategory[] => JSON.parse(map.categories) as ReportCategory[];

/** The contract's `FeedbackMap` for a stored map. */
export function toMap(map: MapRow, photoMaxBytes: number): FeedbackMap {
  return {
    id: map.id,
    title: map.title,
    description: map.description,
    center: { lat: map.center_lat, lng: map.center_lng },
    zoom: map.zoom,
    minZoom: map.min_zoom,
    maxZoom: map.max_zoom,
    bounds: { south: map.south, west: map.west, north: map.north, east: map.east },
    tiles: JSON.parse(map.tiles) as TileLayer,
    geocoder: JSON.parse(map.geocoder) as Geocoder,
    categories: categoriesOf(map),
    moderation: map.moderation,
    status: map.status,
    limits: { descriptionMaxLength, photosPerReport, photoMaxBytes },
    createdAt: map.created_at,
    updatedAt: map.updated_at,
  };
}

/** One page of the site's maps, newest first, for the staff console. */
export async function listMaps(ctx: ServiceContext, siteId: string, query: OperationQuery<'listMaps'>, photoMaxBytes: number): Promise<FeedbackMapPage> {
  return newestFirstPage({
    kind: 'maps',
    query,
    defaultLimit: listMapsQuery.limit.default,
    read: (limit, after) => listMapRowsNewestFirst(ctx.db, siteId, limit, after),
    keyOf: (row) => ({ createdAt: row.created_at, id: row.id }),
    toItem: (row) => toMap(row, photoMaxBytes),
  });
}

/** 409 when the map takes no new reports. */
export function assertMapOpen(map: MapRow): void {
  if (map.status === 'open') return;
  throw new DomainError('map-closed', 'This map takes no new reports any more.');
}

export const mapEtag = (map: MapRow): string => `"m-${Date.parse(map.updated_at).toString(36)}"`;

interface MapShape {
  center: { lat: number; lng: number };
  bounds: { south: number; west: number; north: number; east: number };
  zoom: number;
  minZoom: number;
  maxZoom: number;
  geocoder: Geocoder;
  categories: ReportCategory[];
}

/** The rules JSON Schema cannot say; all problems at once, each with its pointer. */
function checkMapRules(shape: MapShape): void {
  const errors: FieldError[] = [];
  const { bounds, center } = shape;
  if (bounds.south >= bounds.north || bounds.west >= bounds.east) {
    errors.push({ pointer: '/bounds', code: 'invalid-bounds', detail: 'south must be less than north, and west less than east.' });
  } else if (center.lat < bounds.south || center.lat > bounds.north || center.lng < bounds.west || center.lng > bounds.east) {
    errors.push({ pointer: '/center', code: 'outside-bounds', detail: 'The centre must lie inside the bounds.' });
  }
  if (shape.minZoom > shape.maxZoom) {
    errors.push({ pointer: '/minZoom', code: 'too-large', detail: 'minZoom cannot be more than maxZoom.' });
  } else if (shape.zoom < shape.minZoom || shape.zoom > shape.maxZoom) {
    errors.push({ pointer: '/zoom', code: 'out-of-range', detail: `zoom must lie between minZoom (${shape.minZoom}) and maxZoom (${shape.maxZoom}).` });
  }
  if (shape.geocoder.kind !== 'none' && !shape.geocoder.url) {
    errors.push({ pointer: '/geocoder/url', code: 'required', detail: 'A geocoder needs its URL.' });
  }
  const codes = new Set<string>();
  shape.categories.forEach((category, i) => {
    if (codes.has(category.code)) errors.push({ pointer: `/categories/${i}/code`, code: 'duplicate', detail: `Category code "${category.code}" appears twice.` });
    codes.add(category.code);
    const ids = new Set<string>();
    category.questions.forEach((question, j) => {
      const at = `/categories/${i}/questions/${j}`;
      if (ids.has(question.id)) errors.push({ pointer: `${at}/id`, code: 'duplicate', detail: `Question id "${question.id}" appears twice.` });
      ids.add(question.id);
      if (question.kind === 'choice' && !question.choices) {
        errors.push({ pointer: `${at}/choices`, code: 'required', detail: 'A choice question needs its choices.' });
      }
      if (question.kind === 'text' && question.choices) {
        errors.push({ pointer: `${at}/choices`, code: 'not-allowed', detail: 'A text question has no choices.' });
      }
    });
  });
  if (errors.length > 0) {
    throw invalidInput(errors);
  }
}

/** The columns that hold a map's shape, as a create writes them and an update rewrites them. */
const shapeColumns = (shape: MapShape) => ({
  center_lat: shape.center.lat,
  center_lng: shape.center.lng,
  zoom: shape.zoom,
  min_zoom: shape.minZoom,
  max_zoom: shape.maxZoom,
  ...shape.bounds,
  geocoder: JSON.stringify(shape.geocoder),
  categories: JSON.stringify(shape.categories),
});

export async function createMap(ctx: ServiceContext, siteId: string, input: FeedbackMapCreate): Promise<MapRow> {
  const shape: MapShape = {
    center: input.center,
    bounds: input.bounds,
    zoom: input.zoom,
    minZoom: input.minZoom ?? 10,
    maxZoom: input.maxZoom ?? 19,
    geocoder: input.geocoder ?? defaultGeocoder,
    categories: input.categories,
  };
  checkMapRules(shape);
  const now = ctx.now().toISOString();
  const id = input.id ?? `map_${randomId(12)}`;
  const inserted = await insertMap(ctx.db, {
    site_id: siteId,
    id,
    title: input.title,
    description: input.description ?? null,
    ...shapeColumns(shape),
    tiles: JSON.stringify(input.tiles ?? defaultTiles),
    moderation: input.moderation ?? 'post',
    status: input.status ?? 'open',
    created_at: now,
    updated_at: now,
  });
  if (!inserted) throw idTaken('map', id);
  return getMapRow(ctx, siteId, id);
}

export async function updateMap(ctx: ServiceContext, siteId: string, mapId: string, patch: FeedbackMapUpdate): Promise<MapRow> {
  await ctx.db.transaction().execute(async (trx) => {
    const map = await findMap(trx, siteId, mapId);
    if (!map) throw notFound(`Map "${mapId}"`);
    const current = toMap(map, 0);
    const shape: MapShape = {
      center: patch.center ?? current.center,
      bounds: patch.bounds ?? current.bounds,
      zoom: patch.zoom ?? current.zoom,
      minZoom: patch.minZoom ?? current.minZoom,
      maxZoom: patch.maxZoom ?? current.maxZoom,
      geocoder: patch.geocoder ?? current.geocoder,
      categories: patch.categories ?? current.categories,
    };
    checkMapRules(shape);
    if (patch.categories) {
      const kept = new Set(patch.categories.map((c) => c.code));
      const dropped = [...(await countCategoryUse(trx, siteId, mapId)).keys()].filter((code) => !kept.has(code));
      if (dropped.length > 0) {
        throw new DomainError(
          'category-in-use',
          `Reports use the categories ${dropped.map((c) => `"${c}"`).join(', ')}; keep them in the list.`,
        );
      }
    }
    const changes: Updateable<MapsTable> = {
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.tiles !== undefined ? { tiles: JSON.stringify(patch.tiles) } : {}),
      ...(patch.moderation !== undefined ? { moderation: patch.moderation } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      ...shapeColumns(shape),
      // updatedAt must move on every edit (the ETag hangs on it), even within one millisecond.
      updated_at: new Date(Math.max(ctx.now().getTime(), Date.parse(map.updated_at) + 1)).toISOString(),
    };
    await updateMapRow(trx, siteId, mapId, changes);
  });
  return getMapRow(ctx, siteId, mapId);
}
