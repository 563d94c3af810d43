import type { Updateable } from 'kysely';
import type { MapRow, MapsTable, NewMap } from '../db/map-tables.ts';
import type { Executor } from './executor.ts';

export async function findMap(db: Executor, siteId: string, mapId: string): Promise<MapRow | undefined> {
  return db.selectFrom('maps').selectAll().where('site_id', '=', siteId).where('id', '=', mapId).executeTakeFirst();
}

/** Maps with this id on any site (Open311's `jurisdiction_id` carries no site). */
export async function findMapsById(db: Executor, mapId: string): Promise<MapRow[]> {
  return db.selectFrom('maps').selectAll().where('id', '=', mapId).limit(2).execute();
}

/** Every map of a site, or of every site (at most `limit`). */
export async function listMaps(db: Executor, siteId: string | undefined, limit: number): Promise<MapRow[]> {
  let query = db.selectFrom('maps').selectAll();
  if (siteId !== undefined) query = query.where('site_id', '=', siteId);
  return query.orderBy('created_at').limit(limit).execute();
}

export async function insertMap(db: Executor, map: NewMap): Promise<void> {
  await db.insertInto('maps').values(map).execute();
}

export async function updateMapRow(db: Executor, siteId: string, mapId: string, changes: Updateable<MapsTable>): Promise<void> {
  await db.updateTable('maps').set(changes).where('site_id', '=', siteId).where('id', '=', mapId).execute();
}
