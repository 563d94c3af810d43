import type { IdeaErasure } from '@inspraak/contract';
import type { ReportErasure } from '@inspraak/contract';
import { hashToken } from '../credentials/tokens.ts';
import type { IdeaRow } from '../db/idea-tables.ts';
import type { ReportRow } from '../db/map-tables.ts';
import { notFound } from './domain-error.ts';
import {
  checkpointAfterErase,
  deleteIdeasAndDependents,
  deleteReplaysMentioning,
  deleteReportsAndDependents,
} from '../repositories/erasure-repository.ts';
import type { Executor } from '../repositories/executor.ts';
import { findIdea, findIdeaByReceiptHash } from '../repositories/idea-repository.ts';
import { findReportRow, findReportRowByReceipt } from '../repositories/report-repository.ts';
import type { ServiceContext } from './service-context.ts';

// "Every submission can be exported and erased by its receipt" (DESIGN.md). An erase deletes, in
// one transaction, the submission and everything that would let its content be read again; the
// receipt's hash goes with the row, so a second erase is 404 like an unknown receipt. Admins erase
// the same way by id, for a verified erasure request that reached the city another way.

/** Erases the idea of a receipt (any moderation state); 404 for an unknown receipt or one of another site. */
export async function eraseIdeaByReceipt(ctx: ServiceContext, siteId: string, token: string): Promise<IdeaErasure> {
  return eraseIdeaFound(ctx, siteId, (trx) => findIdeaByReceiptHash(trx, siteId, hashToken(token)), 'An idea with this receipt', [token]);
}

/** Erases an idea by its id, for an admin (a verified request that reached the city another way). */
export async function eraseIdea(ctx: ServiceContext, siteId: string, ideaId: string): Promise<IdeaErasure> {
  return eraseIdeaFound(ctx, siteId, (trx) => findIdea(trx, siteId, ideaId), `Idea "${ideaId}"`, []);
}

/** Erases the report of a receipt (any moderation state) with its photos; 404 for an unknown receipt or one of another site. */
export async function eraseReportByReceipt(ctx: ServiceContext, siteId: string, receipt: string): Promise<ReportErasure> {
  const find = async (trx: Executor) => {
    const row = await findReportRowByReceipt(trx, hashToken(receipt));
    return row?.site_id === siteId ? row : undefined;
  };
  return eraseReportFound(ctx, siteId, find, 'A report with this receipt', [receipt]);
}

/** Erases a report by its id, for an admin. */
export async function eraseReport(ctx: ServiceContext, siteId: string, reportId: string): Promise<ReportErasure> {
  return eraseReportFound(ctx, siteId, (trx) => findReportRow(trx, siteId, reportId), `Report "${reportId}"`, []);
}

async function eraseIdeaFound(
  ctx: ServiceContext,
  siteId: string,
  find: (trx: Executor) => Promise<IdeaRow | undefined>,
  what: string,
  needles: string[],
): Promise<IdeaErasure> {
  const erasure = await ctx.db.transaction().execute(async (trx) => {
    const idea = await find(trx);
    if (!idea) throw notFound(what);
    const rows = await deleteIdeasAndDependents(trx, siteId, [idea.id]);
    await deleteReplaysMentioning(trx, siteId, [...needles, JSON.stringify(idea.id)]);
    return { ideaId: idea.id, erased: { idea: true as const, ...rows } };
  });
  await checkpointAfterErase(ctx.db);
  return erasure;
}

async function eraseReportFound(
  ctx: ServiceContext,
  siteId: string,
  find: (trx: Executor) => Promise<ReportRow | undefined>,
  what: string,
  needles: string[],
): Promise<ReportErasure> {
  const erasure = await ctx.db.transaction().execute(async (trx) => {
    const report = await find(trx);
    if (!report) throw notFound(what);
    const rows = await deleteReportsAndDependents(trx, siteId, [report.id]);
    await deleteReplaysMentioning(trx, siteId, [...needles, JSON.stringify(report.id)]);
    return { reportId: report.id, erased: { report: true as const, ...rows } };
  });
  await checkpointAfterErase(ctx.db);
  return erasure;
}
