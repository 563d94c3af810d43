import type { AuditEntry, AuditPage } from '@inspraak/contract';
import { listAuditLogQuery } from '@inspraak/contract';
import { randomId } from '../credentials/tokens.ts';
import type { AuditLogRow, AuditSubjectType, StaffRole } from '../db/staff-tables.ts';
import { allAuditEntries, insertAuditEntry, listAuditEntries, readAuditSubject } from '../repositories/audit-repository.ts';
import type { OperationQuery } from '../contract/operation-types.ts';
import { toCsv } from './csv-writer.ts';
import { decodeListCursor, encodeListCursor } from './list-cursor.ts';
import type { ServiceContext } from './service-context.ts';

export interface AuditActor {
  kind: 'staff' | 'admin-token';
  email: string | null;
  role: StaffRole | null;
}

export interface AuditSubject {
  type: AuditSubjectType;
  id: string;
}

/** Which subject a path parameter names. */
const subjectOfParameter: Record<string, AuditSubjectType> = {
  pollId: 'poll',
  boardId: 'board',
  mapId: 'map',
  ideaId: 'idea',
  commentId: 'comment',
  reportId: 'report',
};

/** Which subject a creating operation makes (its id comes back in the response). */
const createdBy: Record<string, AuditSubjectType> = { createPoll: 'poll', createBoard: 'board', createMap: 'map' };

/** The subject an operation is about: from its path, or for a creation from the created resource. */
export function auditSubject(operationId: string, params: Record<string, string>, created?: { id?: unknown }): AuditSubject | undefined {
  for (const [name, id] of Object.entries(params)) {
    const type = subjectOfParameter[name];
    if (type) return { type, id };
  }
  const type = createdBy[operationId];
  return type && typeof created?.id === 'string' ? { type, id: created.id } : undefined;
}

export const readSubject = (ctx: ServiceContext, siteId: string, subject: AuditSubject) => readAuditSubject(ctx.db, subject.type, siteId, subject.id);

/** Never in the log: credentials, receipts and client hashes, and fields that change with every write. */
const unrecorded = /hash|receipt|token|^site_id$|^updated_at$|^linked_id$/;

/** The fields that differ, as they were and as they are (a creation has no before). */
export function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined) {
  const was: Record<string, unknown> = {};
  const is: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])) {
    if (unrecorded.test(key)) continue;
    const old = before?.[key] ?? null;
    const now = after?.[key] ?? null;
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    was[key] = old;
    is[key] = now;
  }
  return { before: before ? was : null, after: after ? is : null };
}

/** The subjects staff delete with all they hold (as opposed to a resident's idea, comment or report, which is erased). */
const deletedWithContent = new Set<AuditSubjectType>(['poll', 'board', 'map']);

/**
 * What the log keeps of a deleted poll, board or map, from the deletion's response: its question
 * or title (the city's words) and how many ballots, ideas, reports … went with it, never what
 * residents wrote. Undefined for an erasure of a resident's submission.
 */
export function deletionSummary(subject: AuditSubject, response: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!deletedWithContent.has(subject.type) || !response) return undefined;
  const { question, title, deleted } = response as { question?: unknown; title?: unknown; deleted?: Record<string, unknown> };
  const counts = Object.fromEntries(Object.entries(deleted ?? {}).filter(([, value]) => typeof value === 'number'));
  return { ...(question === undefined ? { title } : { question }), ...counts };
}

/**
 * Records one staff action. An erasure records only that it happened: the erased text does not
 * live on in the log. A deleted poll, board or map keeps its `deletion` summary as `before`.
 */
export async function recordAuditEntry(
  ctx: ServiceContext,
  entry: {
    siteId: string;
    actor: AuditActor;
    action: string;
    subject: AuditSubject;
    erasure: boolean;
    deletion?: Record<string, unknown>;
    before?: Record<string, unknown>;
    after?: Record<string, unknown>;
  },
): Promise<void> {
  const changes = entry.erasure ? { before: entry.deletion ?? null, after: null } : changedFields(entry.before, entry.after);
  const at = ctx.now().toISOString();
  await insertAuditEntry(ctx.db, {
    // Sortable by time, unique by its random tail.
    id: `aud_${Date.parse(at).toString(36)}${randomId(10)}`,
    site_id: entry.siteId,
    at,
    actor_kind: entry.actor.kind,
    actor_email: entry.actor.email,
    actor_role: entry.actor.role,
    action: entry.action,
    subject_type: entry.subject.type,
    subject_id: entry.subject.id,
    before: changes.before && JSON.stringify(changes.before),
    after: changes.after && JSON.stringify(changes.after),
  });
}

function toAuditEntry(row: AuditLogRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: { kind: row.actor_kind, email: row.actor_email, role: row.actor_role },
    action: row.action,
    subject: { type: row.subject_type, id: row.subject_id },
    before: row.before === null ? null : (JSON.parse(row.before) as Record<string, unknown>),
    after: row.after === null ? null : (JSON.parse(row.after) as Record<string, unknown>),
  };
}

export async function listAuditLog(ctx: ServiceContext, siteId: string, query: OperationQuery<'listAuditLog'>): Promise<AuditPage> {
  const limit = query.limit ?? listAuditLogQuery.limit.default;
  let after: { at: string; id: string } | undefined;
  if (query.cursor !== undefined) {
    const [at, id] = decodeListCursor('audit', query.cursor, ['string', 'string']) as [string, string];
    after = { at, id };
  }
  const rows = await listAuditEntries(ctx.db, siteId, limit + 1, after);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(toAuditEntry), nextCursor: rows.length > limit && last ? encodeListCursor('audit', [last.at, last.id]) : null };
}

export async function auditLogCsv(ctx: ServiceContext, siteId: string): Promise<string> {
  const rows = await allAuditEntries(ctx.db, siteId);
  return toCsv([
    ['at', 'actor', 'role', 'action', 'subject_type', 'subject_id', 'before', 'after'],
    ...rows.map((row) => [row.at, row.actor_email ?? 'admin token', row.actor_role, row.action, row.subject_type, row.subject_id, row.before, row.after]),
  ]);
}
