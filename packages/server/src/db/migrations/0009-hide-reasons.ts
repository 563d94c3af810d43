import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Hide reasons from a shared list: ideas and comments keep the code of why a moderator hid them
 * (the free text stays, as the moderator's note for the author), and an idea keeps whether it was
 * public when hidden (an idea residents saw and then lost deserves a notice on the board; one
 * hidden from review never was public). Rows hidden before this have no code and no notice flag.
 */
export const hideReasons: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('ideas').addColumn('hidden_reason_code', 'text').execute();
    await db.schema.alterTable('ideas').addColumn('hidden_notice', 'integer', (c) => c.notNull().defaultTo(sql`0`)).execute();
    await db.schema.alterTable('idea_comments').addColumn('hidden_reason_code', 'text').execute();
  },
};
