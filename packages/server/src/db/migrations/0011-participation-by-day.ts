import type { Kysely, Migration } from 'kysely';

/**
 * The console's overview counts participation per day over a period (a range of the timestamp)
 * across all of a site's polls, boards or maps at once: each table it counts gets an index that
 * starts with the site and the timestamp and holds the subject (the poll, board, map or idea), so
 * a count reads only the period's index entries, never the table.
 */
export const participationByDay: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('ballots_by_day').on('ballots').columns(['site_id', 'cast_at', 'poll_id']).execute();
    await db.schema.createIndex('ideas_by_day').on('ideas').columns(['site_id', 'created_at', 'board_id']).execute();
    await db.schema.createIndex('idea_supports_by_day').on('idea_supports').columns(['site_id', 'created_at', 'idea_id']).execute();
    await db.schema.createIndex('idea_comments_by_day').on('idea_comments').columns(['site_id', 'created_at', 'idea_id']).execute();
    await db.schema.createIndex('reports_by_day').on('reports').columns(['site_id', 'created_at', 'map_id']).execute();
  },
};
