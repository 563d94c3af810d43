import type { Generated } from 'kysely';

/** The column migration 0004 adds to polls, boards and maps, whose ids name hosted links (`/embed/<widget>/<id>`). */
export interface LinkedIdColumn {
  /**
   * 0 for the row that owns its id across the server (every row created since 0004); 1 for a row
   * whose id an older row on another site already held before 0004: its own site keeps using it,
   * and its hosted link needs `?site=<public key>`.
   */
  legacy_duplicate: Generated<number>;
}
