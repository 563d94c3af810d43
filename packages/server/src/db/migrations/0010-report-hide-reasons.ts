import type { Kysely, Migration } from 'kysely';

/**
 * Reports join the moderation queue: a hidden report keeps why (a code from the shared list, as
 * ideas and comments do since 0009) and the moderator's note for its author; the queue reads the
 * reports waiting for review, oldest first, through an index of its own.
 */
export const reportHideReasons: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('reports').addColumn('hidden_reason_code', 'text').execute();
    await db.schema.alterTable('reports').addColumn('hidden_reason', 'text').execute();
    await db.schema.createIndex('reports_queued').on('reports').columns(['site_id', 'moderation', 'created_at', 'id']).execute();
  },
};
