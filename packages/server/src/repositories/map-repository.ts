import type { Updateable } from 'kysely';
import type { MapRow, MapsTable, NewMap } from '../db/map-tables.ts';
import type { Executor } from './executor.ts';
import { olderThan, type PageAfter } from './newest-first.ts';

export async function findMap(db: Executor, siteId: string, mapId: string): Promise<MapRow | undefined> {
  return db.selectFrom('maps').selectAll().where('site_id', '=', siteId).where('id', '=', mapId).executeTakeFirst();
}

/** Every map of a site, or of every site (at most `limit`). */
export async function listMaps(db: Executor, siteId: string | undefined, limit: number): Promise<MapRow[]> {
  let query = db.selectFrom('maps').selectAll();
  if (siteId !== undefined) query = query.where('site_id', '=', siteId);
  return query.orderBy('created_at').limit(limit).execute();
}

/** A site's maps, newest first (at most `limit`, after `after`): the staff console's list. */
export async function listMapRowsNewestFirst(db: Executor, siteId: string, limit: number, after?: PageAfter): Promise<MapRow[]> {
  let query = db.selectFrom('maps').selectAll().where('site_id', '=', siteId);
  if (after) query = query.where(olderThan(after));
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/**
 * Inserts the map unless its id is taken, on this site or any other (map ids are unique across the
 * server: they name hosted links and Open311 jurisdictions); true when inserted. The database's
 * unique index decides.
 */
export async function insertMap(db: Executor, map: NewMap): Promise<boolean> {
  const result = await db.insertInto('maps').values(map).onConflict((oc) => oc.doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function updateMapRow(db: Executor, siteId: string, mapId: string, changes: Updateable<MapsTable>): Promise<void> {
  await db.updateTable('maps').set(changes).where('site_id', '=', siteId).where('id', '=', mapId).execute();
}
