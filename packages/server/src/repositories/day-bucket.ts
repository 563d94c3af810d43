import { sql, type RawBuilder } from 'kysely';

// The one place that turns a stored timestamp into its day, for every count per day. Timestamps are
// ISO 8601 text in UTC (db/tables.ts), so the day is the text's first ten characters: `substr` reads
// the same in SQLite and PostgreSQL and keeps the column's index usable for the period's range.
// Should PostgreSQL ever store `timestamptz`, this becomes `to_char(col at time zone 'UTC', 'YYYY-MM-DD')`
// for that dialect, here and nowhere else.

/** The UTC day (`YYYY-MM-DD`) of a timestamp column, e.g. `utcDay('b.cast_at')`. */
export const utcDay = (column: string): RawBuilder<string> => sql<string>`substr(${sql.ref(column)}, 1, 10)`;

/** The timestamps of a period of whole UTC days, as stored: `from <= at < until`. */
export interface DayRange {
  /** The first day's midnight. */
  from: string;
  /** The midnight after the last day. */
  until: string;
}

/** The stored form of a day's first moment: `2026-11-20` → `2026-11-20T00:00:00.000Z`. */
export const dayStart = (day: string): string => `${day}T00:00:00.000Z`;
