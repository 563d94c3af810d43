import type { ParticipationOverview } from '@inspraak/contract';
import type { OperationQuery } from '../contract/operation-types.ts';
import { countQueuedComments } from '../repositories/comment-repository.ts';
import { dayStart, type DayRange } from '../repositories/day-bucket.ts';
import { countIdeasAwaitingAnswer, countQueuedIdeas } from '../repositories/idea-repository.ts';
import {
  ballotsPerDay,
  boardHeadings,
  commentsPerDay,
  ideasPerDay,
  mapHeadings,
  pollHeadings,
  reportsPerDay,
  supportsPerDay,
  type DayCount,
} from '../repositories/participation-repository.ts';
import { countPendingReports } from '../repositories/report-repository.ts';
import { invalidField } from './domain-error.ts';
import { pollStatus } from './poll-status.ts';
import type { ServiceContext } from './service-context.ts';

/** The period without `from`: this many days up to `to`, both included. */
export const defaultPeriodDays = 30;
/** The longest period (a leap year), so a response stays small: 366 entries per poll, board and map. */
export const maxPeriodDays = 366;

const dayMs = 24 * 60 * 60 * 1000;
const dayOf = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** The period asked for, with the defaults; 422 for one that runs backwards or is too long. */
export function overviewPeriod(query: { from?: string; to?: string }, now: Date): { days: string[]; range: DayRange } {
  const to = query.to ?? dayOf(now.getTime());
  const toTime = Date.parse(dayStart(to));
  const from = query.from ?? dayOf(toTime - (defaultPeriodDays - 1) * dayMs);
  const fromTime = Date.parse(dayStart(from));
  if (fromTime > toTime) throw invalidField('#/query/from', 'period-reversed', 'The period starts after it ends: choose a from on or before to.');
  const length = Math.round((toTime - fromTime) / dayMs) + 1;
  if (length > maxPeriodDays) {
    throw invalidField('#/query/from', 'period-too-long', `The period is at most ${maxPeriodDays} days; choose a later from or an earlier to.`);
  }
  const days = Array.from({ length }, (_, index) => dayOf(fromTime + index * dayMs));
  return { days, range: { from: dayStart(from), until: dayStart(dayOf(toTime + dayMs)) } };
}

/** Counts by subject, then by day. */
function bySubject(counts: DayCount[]): Map<string, Map<string, number>> {
  const subjects = new Map<string, Map<string, number>>();
  for (const { subjectId, day, count } of counts) {
    const days = subjects.get(subjectId) ?? new Map<string, number>();
    days.set(day, count);
    subjects.set(subjectId, days);
  }
  return subjects;
}

const countOn = (counts: Map<string, Map<string, number>>, subjectId: string, day: string): number => counts.get(subjectId)?.get(day) ?? 0;

/**
 * The console's overview of a site: per poll, board and map the participation on each day of the
 * period (counted by the database, per day), what is open now, what waits in the moderation queue,
 * and the answers owed. Only counts: nothing about a person.
 */
export async function participationOverview(
  ctx: ServiceContext,
  siteId: string,
  query: OperationQuery<'getParticipationOverview'>,
): Promise<ParticipationOverview> {
  const now = ctx.now();
  const { days, range } = overviewPeriod(query, now);
  const [polls, boards, maps, ballots, ideas, supports, comments, reports, queuedIdeas, queuedComments, pendingReports, answers] = await Promise.all([
    pollHeadings(ctx.db, siteId),
    boardHeadings(ctx.db, siteId),
    mapHeadings(ctx.db, siteId),
    ballotsPerDay(ctx.db, siteId, range).then(bySubject),
    ideasPerDay(ctx.db, siteId, range).then(bySubject),
    supportsPerDay(ctx.db, siteId, range).then(bySubject),
    commentsPerDay(ctx.db, siteId, range).then(bySubject),
    reportsPerDay(ctx.db, siteId, range).then(bySubject),
    countQueuedIdeas(ctx.db, siteId),
    countQueuedComments(ctx.db, siteId),
    countPendingReports(ctx.db, siteId),
    // The rule of listAnswersDue: overdue when the due moment has passed.
    countIdeasAwaitingAnswer(ctx.db, siteId, now.toISOString()),
  ]);

  const pollItems = polls
    .map((poll) => ({ poll, status: pollStatus(poll, now) }))
    .filter(({ poll, status }) => status === 'open' || ballots.has(poll.id))
    .map(({ poll, status }) => {
      const perDay = days.map((date) => ({ date, ballots: countOn(ballots, poll.id, date) }));
      return { id: poll.id, question: poll.question, status, totals: { ballots: sum(perDay, 'ballots') }, days: perDay };
    });
  const boardItems = boards
    .filter((board) => board.status === 'open' || ideas.has(board.id) || supports.has(board.id) || comments.has(board.id))
    .map((board) => {
      const perDay = days.map((date) => ({
        date,
        ideas: countOn(ideas, board.id, date),
        supports: countOn(supports, board.id, date),
        comments: countOn(comments, board.id, date),
      }));
      return {
        id: board.id,
        title: board.title,
        status: board.status,
        totals: { ideas: sum(perDay, 'ideas'), supports: sum(perDay, 'supports'), comments: sum(perDay, 'comments') },
        days: perDay,
      };
    });
  const mapItems = maps
    .filter((map) => map.status === 'open' || reports.has(map.id))
    .map((map) => {
      const perDay = days.map((date) => ({ date, reports: countOn(reports, map.id, date) }));
      return { id: map.id, title: map.title, status: map.status, totals: { reports: sum(perDay, 'reports') }, days: perDay };
    });

  return {
    from: days[0]!,
    to: days.at(-1)!,
    timeZone: 'UTC',
    polls: pollItems,
    boards: boardItems,
    maps: mapItems,
    open: {
      polls: polls.filter((poll) => pollStatus(poll, now) === 'open').length,
      boards: boards.filter((board) => board.status === 'open').length,
      maps: maps.filter((map) => map.status === 'open').length,
      moderationQueue: queuedIdeas + queuedComments + pendingReports,
    },
    answers,
  };
}

function sum<K extends string>(perDay: Record<K, number>[], key: K): number {
  return perDay.reduce((total, day) => total + day[key], 0);
}
