import { sql, type Kysely, type Migration } from 'kysely';

/** Idea boards: boards, ideas (+ status history, supports, comments, flags) and the similarity index. */
export const ideas: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('boards')
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('categories', 'text', (c) => c.notNull())
      .addColumn('moderation', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('support_threshold', 'integer')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('boards_pk', ['site_id', 'id'])
      .execute();

    await db.schema
      .createTable('ideas')
      .addColumn('site_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('board_id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('category_id', 'text', (c) => c.notNull())
      .addColumn('lat', 'real')
      .addColumn('lng', 'real')
      .addColumn('place', 'text')
      .addColumn('display_name', 'text')
      .addColumn('participant_id', 'text', (c) => c.references('participants.id').onDelete('set null'))
      .addColumn('receipt_hash', 'text', (c) => c.notNull().unique())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('moderation_state', 'text', (c) => c.notNull())
      .addColumn('hidden_reason', 'text')
      .addColumn('answer_text', 'text')
      .addColumn('answered_at', 'text')
      .addColumn('support_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('comment_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('open_flags', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('queued_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('ideas_pk', ['site_id', 'id'])
      .addForeignKeyConstraint('ideas_board', ['site_id', 'board_id'], 'boards', ['site_id', 'id'], (c) => c.onDelete('cascade'))
      .execute();
    await db.schema.createIndex('ideas_newest').on('ideas').columns(['site_id', 'board_id', 'moderation_state', 'created_at', 'id']).execute();
    await db.schema
      .createIndex('ideas_most_supported')
      .on('ideas')
      .columns(['site_id', 'board_id', 'moderation_state', 'support_count', 'created_at', 'id'])
      .execute();
    await db.schema.createIndex('ideas_queue').on('ideas').columns(['site_id', 'queued_at', 'id']).execute();

    await db.schema
      .createTable('idea_status_history')
      .addColumn('site_id', 'text', (c) => c.notNull())
      .addColumn('idea_id', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('idea_status_history_pk', ['site_id', 'idea_id', 'seq'])
      .addForeignKeyConstraint('idea_status_history_idea', ['site_id', 'idea_id'], 'ideas', ['site_id', 'id'], (c) => c.onDelete('cascade'))
      .execute();

    await db.schema
      .createTable('idea_supports')
      .addColumn('site_id', 'text', (c) => c.notNull())
      .addColumn('idea_id', 'text', (c) => c.notNull())
      .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('idea_supports_pk', ['site_id', 'idea_id', 'participant_id'])
      .addForeignKeyConstraint('idea_supports_idea', ['site_id', 'idea_id'], 'ideas', ['site_id', 'id'], (c) => c.onDelete('cascade'))
      .execute();

    await db.schema
      .createTable('idea_comments')
      .addColumn('site_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('idea_id', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'text')
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('display_name', 'text')
      .addColumn('participant_id', 'text', (c) => c.references('participants.id').onDelete('set null'))
      .addColumn('moderation_state', 'text', (c) => c.notNull())
      .addColumn('hidden_reason', 'text')
      .addColumn('open_flags', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('queued_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('idea_comments_pk', ['site_id', 'id'])
      .addForeignKeyConstraint('idea_comments_idea', ['site_id', 'idea_id'], 'ideas', ['site_id', 'id'], (c) => c.onDelete('cascade'))
      .execute();
    await db.schema.createIndex('idea_comments_thread').on('idea_comments').columns(['site_id', 'idea_id', 'created_at', 'id']).execute();
    await db.schema.createIndex('idea_comments_queue').on('idea_comments').columns(['site_id', 'queued_at', 'id']).execute();

    await db.schema
      .createTable('idea_flags')
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('target_type', 'text', (c) => c.notNull())
      .addColumn('target_id', 'text', (c) => c.notNull())
      .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id').onDelete('cascade'))
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('detail', 'text')
      .addColumn('open', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('idea_flags_pk', ['site_id', 'id'])
      .addUniqueConstraint('idea_flags_once', ['site_id', 'target_type', 'target_id', 'participant_id'])
      .execute();

    // SQLite's own full-text search: trigrams find candidates for "similar ideas" even with a typo.
    await sql`create virtual table idea_search using fts5(
      site_id unindexed, idea_id unindexed, title, description,
      tokenize = 'trigram remove_diacritics 1'
    )`.execute(db);
  },
};
