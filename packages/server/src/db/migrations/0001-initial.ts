import type { Kysely, Migration } from 'kysely';

export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('sites')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('public_key', 'text', (c) => c.notNull().unique())
      .addColumn('admin_token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('allowed_origins', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('participants')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('client_hash', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('polls')
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('question', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('selection', 'text', (c) => c.notNull())
      .addColumn('max_choices', 'integer', (c) => c.notNull())
      .addColumn('opens_at', 'text')
      .addColumn('closes_at', 'text')
      .addColumn('results_visibility', 'text', (c) => c.notNull())
      .addColumn('min_ballots', 'integer', (c) => c.notNull())
      .addColumn('integrity', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('results_version', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('total_ballots', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('polls_pk', ['site_id', 'id'])
      .execute();
    await db.schema.createIndex('polls_newest').on('polls').columns(['site_id', 'created_at', 'id']).execute();

    await db.schema
      .createTable('poll_options')
      .addColumn('site_id', 'text', (c) => c.notNull())
      .addColumn('poll_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('ballot_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('poll_options_pk', ['site_id', 'poll_id', 'id'])
      .addForeignKeyConstraint('poll_options_poll', ['site_id', 'poll_id'], 'polls', ['site_id', 'id'], (c) =>
        c.onDelete('cascade'),
      )
      .execute();

    await db.schema
      .createTable('ballots')
      .addColumn('site_id', 'text', (c) => c.notNull())
      .addColumn('poll_id', 'text', (c) => c.notNull())
      .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id').onDelete('cascade'))
      .addColumn('option_ids', 'text', (c) => c.notNull())
      .addColumn('client_hash', 'text')
      .addColumn('cast_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('ballots_pk', ['site_id', 'poll_id', 'participant_id'])
      .addForeignKeyConstraint('ballots_poll', ['site_id', 'poll_id'], 'polls', ['site_id', 'id'], (c) =>
        c.onDelete('cascade'),
      )
      .execute();

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('response_status', 'integer')
      .addColumn('response_headers', 'text')
      .addColumn('response_body', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['site_id', 'key'])
      .execute();
    await db.schema.createIndex('idempotency_keys_age').on('idempotency_keys').column('created_at').execute();
  },
};
