import type { Executor } from './executor.ts';
import { utcDay, type DayRange } from './day-bucket.ts';

/** One count of one poll, board or map on one UTC day. */
export interface DayCount {
  subjectId: string;
  day: string;
  count: number;
}

// Counts per subject and day, counted by the database (GROUP BY day): the overview never reads rows
// one by one. Each reads the period through an index of migration 0011-participation-by-day.

type Counted = { subjectId: string; day: string; count: string | number | bigint };
/** PostgreSQL returns count(*) as a bigint string; SQLite as a number. */
const asDayCounts = (rows: Counted[]): DayCount[] => rows.map((row) => ({ subjectId: row.subjectId, day: row.day, count: Number(row.count) }));

/** Ballots per poll and day of their (last) casting. */
export async function ballotsPerDay(db: Executor, siteId: string, range: DayRange): Promise<DayCount[]> {
  const day = utcDay('cast_at');
  const rows = await db
    .selectFrom('ballots')
    .select((eb) => ['poll_id as subjectId', day.as('day'), eb.fn.countAll().as('count')])
    .where('site_id', '=', siteId)
    .where('cast_at', '>=', range.from)
    .where('cast_at', '<', range.until)
    .groupBy(['poll_id', day])
    .execute();
  return asDayCounts(rows);
}

/** Ideas sent per board and day. */
export async function ideasPerDay(db: Executor, siteId: string, range: DayRange): Promise<DayCount[]> {
  const day = utcDay('created_at');
  const rows = await db
    .selectFrom('ideas')
    .select((eb) => ['board_id as subjectId', day.as('day'), eb.fn.countAll().as('count')])
    .where('site_id', '=', siteId)
    .where('created_at', '>=', range.from)
    .where('created_at', '<', range.until)
    .groupBy(['board_id', day])
    .execute();
  return asDayCounts(rows);
}

/** Supports per board (of the supported idea) and day. */
export async function supportsPerDay(db: Executor, siteId: string, range: DayRange): Promise<DayCount[]> {
  const day = utcDay('s.created_at');
  const rows = await db
    .selectFrom('idea_supports as s')
    .innerJoin('ideas as i', (join) => join.onRef('i.site_id', '=', 's.site_id').onRef('i.id', '=', 's.idea_id'))
    .select((eb) => ['i.board_id as subjectId', day.as('day'), eb.fn.countAll().as('count')])
    .where('s.site_id', '=', siteId)
    .where('s.created_at', '>=', range.from)
    .where('s.created_at', '<', range.until)
    .groupBy(['i.board_id', day])
    .execute();
  return asDayCounts(rows);
}

/** Comments per board (of the idea commented on) and day. */
export async function commentsPerDay(db: Executor, siteId: string, range: DayRange): Promise<DayCount[]> {
  const day = utcDay('c.created_at');
  const rows = await db
    .selectFrom('idea_comments as c')
    .innerJoin('ideas as i', (join) => join.onRef('i.site_id', '=', 'c.site_id').onRef('i.id', '=', 'c.idea_id'))
    .select((eb) => ['i.board_id as subjectId', day.as('day'), eb.fn.countAll().as('count')])
    .where('c.site_id', '=', siteId)
    .where('c.created_at', '>=', range.from)
    .where('c.created_at', '<', range.until)
    .groupBy(['i.board_id', day])
    .execute();
  return asDayCounts(rows);
}

/** Reports per map and day. */
export async function reportsPerDay(db: Executor, siteId: string, range: DayRange): Promise<DayCount[]> {
  const day = utcDay('created_at');
  const rows = await db
    .selectFrom('reports')
    .select((eb) => ['map_id as subjectId', day.as('day'), eb.fn.countAll().as('count')])
    .where('site_id', '=', siteId)
    .where('created_at', '>=', range.from)
    .where('created_at', '<', range.until)
    .groupBy(['map_id', day])
    .execute();
  return asDayCounts(rows);
}

/** Every poll of the site with what the overview names and its status follows from, newest first. */
export async function pollHeadings(db: Executor, siteId: string) {
  return db
    .selectFrom('polls')
    .select(['id', 'question', 'opens_at', 'closes_at'])
    .where('site_id', '=', siteId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Every board of the site with its title and status, newest first. */
export async function boardHeadings(db: Executor, siteId: string) {
  return db.selectFrom('boards').select(['id', 'title', 'status']).where('site_id', '=', siteId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
}

/** Every map of the site with its title and status, newest first. */
export async function mapHeadings(db: Executor, siteId: string) {
  return db.selectFrom('maps').select(['id', 'title', 'status']).where('site_id', '=', siteId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
}
