import type { Kysely, Migration } from 'kysely';

// Feedback maps. Independent of every other migration but 0001 (sites, participants), so it runs
// the same whether or not 0002 (ideas) exists or ran before it.
export const maps: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('maps')
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('center_lat', 'real', (c) => c.notNull())
      .addColumn('center_lng', 'real', (c) => c.notNull())
      .addColumn('zoom', 'integer', (c) => c.notNull())
      .addColumn('min_zoom', 'integer', (c) => c.notNull())
      .addColumn('max_zoom', 'integer', (c) => c.notNull())
      .addColumn('south', 'real', (c) => c.notNull())
      .addColumn('west', 'real', (c) => c.notNull())
      .addColumn('north', 'real', (c) => c.notNull())
      .addColumn('east', 'real', (c) => c.notNull())
      .addColumn('tiles', 'text', (c) => c.notNull())
      .addColumn('geocoder', 'text', (c) => c.notNull())
      .addColumn('categories', 'text', (c) => c.notNull())
      .addColumn('moderation', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('maps_pk', ['site_id', 'id'])
      .execute();

    await db.schema
      .createTable('reports')
      .addColumn('site_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('map_id', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('moderation', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('lat', 'real', (c) => c.notNull())
      .addColumn('lng', 'real', (c) => c.notNull())
      .addColumn('address', 'text')
      .addColumn('answers', 'text', (c) => c.notNull())
      .addColumn('receipt_hash', 'text', (c) => c.notNull().unique())
      .addColumn('client_hash', 'text')
      .addColumn('support_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('photo_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('reports_pk', ['site_id', 'id'])
      .addForeignKeyConstraint('reports_map', ['site_id', 'map_id'], 'maps', ['site_id', 'id'], (c) => c.onDelete('cascade'))
      .execute();
    // bbox lists and cluster counts read only this index (it covers every column they touch): a
    // range on lat, then lng and the filters checked inside the index, never the table rows.
    await db.schema
      .createIndex('reports_position')
      .on('reports')
      .columns(['site_id', 'map_id', 'lat', 'lng', 'category', 'status', 'moderation', 'id'])
      .execute();
    await db.schema.createIndex('reports_newest').on('reports').columns(['site_id', 'map_id', 'created_at', 'id']).execute();

    await db.schema
      .createTable('report_updates')
      .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('site_id', 'text', (c) => c.notNull())
      .addColumn('report_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addForeignKeyConstraint('report_updates_report', ['site_id', 'report_id'], 'reports', ['site_id', 'id'], (c) =>
        c.onDelete('cascade'),
      )
      .execute();
    await db.schema.createIndex('report_updates_report').on('report_updates').columns(['site_id', 'report_id', 'seq']).execute();

    await db.schema
      .createTable('report_photos')
      .addColumn('site_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('report_id', 'text', (c) => c.notNull())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('width', 'integer', (c) => c.notNull())
      .addColumn('height', 'integer', (c) => c.notNull())
      .addColumn('bytes', 'integer', (c) => c.notNull())
      .addColumn('data', 'blob', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addForeignKeyConstraint('report_photos_report', ['site_id', 'report_id'], 'reports', ['site_id', 'id'], (c) =>
        c.onDelete('cascade'),
      )
      .execute();
    await db.schema.createIndex('report_photos_report').on('report_photos').columns(['site_id', 'report_id', 'created_at']).execute();

    await db.schema
      .createTable('report_supports')
      .addColumn('site_id', 'text', (c) => c.notNull())
      .addColumn('report_id', 'text', (c) => c.notNull())
      .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('report_supports_pk', ['site_id', 'report_id', 'participant_id'])
      .addForeignKeyConstraint('report_supports_report', ['site_id', 'report_id'], 'reports', ['site_id', 'id'], (c) =>
        c.onDelete('cascade'),
      )
      .execute();
  },
};
