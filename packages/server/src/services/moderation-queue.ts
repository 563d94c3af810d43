import type { ModerationItem, ModerationPage } from '@inspraak/contract';
import { listModerationQueueQuery } from '@inspraak/contract';
import type { OperationQuery } from '../contract/operation-types.ts';
import type { CommentRow, IdeaRow } from '../db/idea-tables.ts';
import type { MapRow, ReportRow } from '../db/map-tables.ts';
import { listQueuedComments } from '../repositories/comment-repository.ts';
import { openFlagReasons } from '../repositories/flag-repository.ts';
import { findIdeas, listQueuedIdeas } from '../repositories/idea-repository.ts';
import { listPendingReportRows, withDetails } from '../repositories/report-repository.ts';
import { ideaViews } from './idea-service.ts';
import { toComment } from './idea-view.ts';
import { decodeListCursor, encodeListCursor } from './list-cursor.ts';
import { categoriesOf, getMapRow } from './map-service.ts';
import { toReport, type PhotoUrl } from './report-view.ts';
import type { ServiceContext } from './service-context.ts';

type Queued = { kind: 'idea'; row: IdeaRow } | { kind: 'comment'; row: CommentRow } | { kind: 'report'; row: ReportRow };
type QueueKey = [queuedAt: string, kind: string, id: string];

/** Where an item stands in the queue: ideas and comments since they were queued, a report since it was sent. */
const queuedKey = (q: Queued): QueueKey => [q.kind === 'report' ? q.row.created_at : q.row.queued_at!, q.kind, q.row.id];
const compareKeys = (a: QueueKey, b: QueueKey) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0;

/**
 * The site's moderation queue across its boards and maps, oldest first: pending and flagged ideas
 * and comments, and reports waiting for review. Each table is read with the same keyset and the
 * three merged, so the pages of the queue stay stable. `boardId` keeps one board's ideas and
 * comments (no reports), `mapId` one map's reports (no ideas).
 */
export async function listModerationQueue(
  ctx: ServiceContext,
  siteId: string,
  query: OperationQuery<'listModerationQueue'>,
  photoUrl: PhotoUrl,
): Promise<ModerationPage> {
  const limit = query.limit ?? listModerationQueueQuery.limit.default;
  let after: QueueKey | undefined;
  if (query.cursor !== undefined) after = decodeListCursor('moderation', query.cursor, ['string', 'string', 'string']) as QueueKey;
  // Per table, the keyset (queued_at, id) that continues after (queued_at, kind, id); ids never hold '~'.
  const sinceFor = (kind: Queued['kind']) =>
    after ? { queuedAt: after[0], id: after[1] < kind ? '' : after[1] === kind ? after[2] : '~' } : undefined;
  const withIdeas = query.mapId === undefined || query.boardId !== undefined;
  const withReports = query.boardId === undefined || query.mapId !== undefined;
  const [ideas, comments, reports] = await Promise.all([
    withIdeas ? listQueuedIdeas(ctx.db, siteId, query.boardId, limit + 1, sinceFor('idea')) : [],
    withIdeas ? listQueuedComments(ctx.db, siteId, query.boardId, limit + 1, sinceFor('comment')) : [],
    withReports ? listPendingReportRows(ctx.db, siteId, query.mapId, limit + 1, sinceFor('report')) : [],
  ]);
  const merged: Queued[] = [
    ...ideas.map((row): Queued => ({ kind: 'idea', row })),
    ...comments.map((row): Queued => ({ kind: 'comment', row })),
    ...reports.map((row): Queued => ({ kind: 'report', row })),
  ].sort((a, b) => compareKeys(queuedKey(a), queuedKey(b)));
  const page = merged.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await queueItems(ctx, siteId, page, ideas, photoUrl),
    nextCursor: merged.length > limit && last ? encodeListCursor('moderation', queuedKey(last)) : null,
  };
}

/** The page's items with what a moderator reads: the idea (a comment's too), its flags, or the report. */
async function queueItems(ctx: ServiceContext, siteId: string, page: Queued[], queuedIdeas: IdeaRow[], photoUrl: PhotoUrl): Promise<ModerationItem[]> {
  const ideaRowsOnPage = page.flatMap((q) => (q.kind === 'idea' ? [q.row] : []));
  const commentRows = page.flatMap((q) => (q.kind === 'comment' ? [q.row] : []));
  const reportRows = page.flatMap((q) => (q.kind === 'report' ? [q.row] : []));
  const ideaRows = new Map([...queuedIdeas, ...(await findIdeas(ctx.db, siteId, commentRows.map((row) => row.idea_id)))].map((r) => [r.id, r]));
  const neededIdeas = [...new Set([...ideaRowsOnPage.map((row) => row.id), ...commentRows.map((row) => row.idea_id)])].map((id) => ideaRows.get(id)!);
  const ideaViewsById = new Map((await ideaViews(ctx.db, siteId, neededIdeas, undefined)).map((view) => [view.id, view]));
  const ideaFlags = await openFlagReasons(ctx.db, siteId, 'idea', ideaRowsOnPage.map((row) => row.id));
  const commentFlags = await openFlagReasons(ctx.db, siteId, 'comment', commentRows.map((row) => row.id));
  const reportRecords = new Map((await withDetails(ctx.db, siteId, reportRows)).map((record) => [record.report.id, record]));
  const maps = new Map<string, MapRow>();
  for (const mapId of new Set(reportRows.map((row) => row.map_id))) maps.set(mapId, await getMapRow(ctx, siteId, mapId));

  return page.map((q): ModerationItem => {
    if (q.kind === 'report') {
      const report = toReport(reportRecords.get(q.row.id)!, categoriesOf(maps.get(q.row.map_id)!), photoUrl);
      return { type: 'report', reason: 'pending', queuedAt: q.row.created_at, flagCount: 0, flagReasons: [], idea: null, comment: null, report };
    }
    const ideaId = q.kind === 'idea' ? q.row.id : q.row.idea_id;
    return {
      type: q.kind,
      reason: q.row.moderation_state === 'pending' ? 'pending' : 'flagged',
      queuedAt: q.row.queued_at!,
      flagCount: q.row.open_flags,
      flagReasons: (q.kind === 'idea' ? ideaFlags : commentFlags).get(q.row.id) ?? [],
      idea: ideaViewsById.get(ideaId)!,
      comment: q.kind === 'comment' ? toComment(q.row) : null,
      report: null,
    };
  });
}
