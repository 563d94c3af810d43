import type { SiteRow } from '../db/tables.ts';
import type { Executor } from './executor.ts';

export async function findSiteByPublicKey(db: Executor, publicKey: string): Promise<SiteRow | undefined> {
  return db.selectFrom('sites').selectAll().where('public_key', '=', publicKey).executeTakeFirst();
}

export async function findSiteByAdminTokenHash(db: Executor, hash: string): Promise<SiteRow | undefined> {
  return db.selectFrom('sites').selectAll().where('admin_token_hash', '=', hash).executeTakeFirst();
}

export async function findSiteById(db: Executor, id: string): Promise<SiteRow | undefined> {
  return db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listSites(db: Executor): Promise<SiteRow[]> {
  return db.selectFrom('sites').selectAll().orderBy('created_at').orderBy('id').execute();
}

/** Every site's origin list, for preflights (which cannot carry a site key). */
export async function listAllAllowedOrigins(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('sites').select('allowed_origins').execute();
  return rows.flatMap((row) => JSON.parse(row.allowed_origins) as string[]);
}

export async function insertSite(db: Executor, site: SiteRow): Promise<void> {
  await db.insertInto('sites').values(site).execute();
}

/** Inserts unless a site with this id exists; true when inserted. */
export async function insertSiteIfMissing(db: Executor, site: SiteRow): Promise<boolean> {
  const result = await db.insertInto('sites').values(site).onConflict((oc) => oc.column('id').doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function updateSiteKeys(
  db: Executor,
  id: string,
  keys: { public_key?: string; admin_token_hash?: string },
): Promise<void> {
  await db.updateTable('sites').set(keys).where('id', '=', id).execute();
}
