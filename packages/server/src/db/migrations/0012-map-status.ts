import type { Kysely, Migration } from 'kysely';

/** A map can close, as a board can: it then takes no new reports. Existing maps stay open. */
export const mapStatus: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('maps').addColumn('status', 'text', (column) => column.notNull().defaultTo('open')).execute();
  },
};
