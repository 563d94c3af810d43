import { sql, type Kysely, type Migration } from 'kysely';

/** The tables whose ids name a hosted link, `/embed/<widget>/<id>`, which carries no site. */
const linkedTables = ['polls', 'boards', 'maps'] as const;

/**
 * Poll, board and map ids become unique across the server, so that no site can take over another
 * site's hosted links by creating the same id. Until now they were unique per site only: a database
 * may already hold one id on two sites. Those rows stay as they are (their own site keeps using the
 * id, and `?site=<public key>` still picks them), but every row after the oldest is marked
 * `legacy_duplicate = 1`, and the link without `?site=` shows the oldest: the one it showed before
 * the second site came. The unique index covers every row not so marked, so each id has exactly
 * one owner, and a create with an id any site holds fails in the database, not in a check that a
 * concurrent create could slip past.
 *
 * Portable SQL (SQLite today, PostgreSQL later): an added column with a default, a correlated
 * update and a partial unique index.
 */
export const serverWideIds: Migration = {
  async up(db: Kysely<unknown>) {
    for (const table of linkedTables) {
      await db.schema
        .alterTable(table)
        .addColumn('legacy_duplicate', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      // Oldest by created_at; on a tie (same millisecond) the lower site id, so the choice is the same everywhere.
      await sql`
        update ${sql.table(table)} set legacy_duplicate = 1
        where exists (
          select 1 from ${sql.table(table)} as older
          where older.id = ${sql.ref(`${table}.id`)}
            and (older.created_at < ${sql.ref(`${table}.created_at`)}
              or (older.created_at = ${sql.ref(`${table}.created_at`)} and older.site_id < ${sql.ref(`${table}.site_id`)}))
        )`.execute(db);
      await db.schema
        .createIndex(`${table}_id_server_wide`)
        .on(table)
        .column('id')
        .unique()
        .where(sql.ref('legacy_duplicate'), '=', 0)
        .execute();
    }
  },
};
