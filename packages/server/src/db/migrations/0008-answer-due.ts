import type { Kysely, Migration } from 'kysely';

/**
 * Answer deadlines: a board says how many days the city gives itself once an idea reaches the
 * support threshold, and an idea keeps the date its answer is due.
 */
export const answerDue: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('boards').addColumn('answer_within_days', 'integer').execute();
    await db.schema.alterTable('ideas').addColumn('answer_due_at', 'text').execute();
    await db.schema.createIndex('ideas_by_answer_due').on('ideas').columns(['site_id', 'answer_due_at', 'id']).execute();
  },
};
