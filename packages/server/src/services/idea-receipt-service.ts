import type { Idea, IdeaErasure } from '@inspraak/contract';
import { hashToken } from '../credentials/tokens.ts';
import { findIdeaByReceiptHashOnAnySite } from '../repositories/idea-repository.ts';
import { eraseIdeaByReceipt } from './erasure-service.ts';
import { ideaView } from './idea-service.ts';
import type { ServiceContext } from './service-context.ts';
import { siteById, type Site } from './site-service.ts';

// The hosted receipt page (`/receipts/idea?receipt=…`) knows no site key: the receipt alone names
// the idea, as it does for the API. What it shows is what `GET /ideas/by-receipt` shows.

export interface IdeaReceipt {
  site: Site;
  idea: Idea;
}

const receiptShape = /^irc_[A-Za-z0-9_-]{20,100}$/;

/** The idea of a receipt with its site, in whatever moderation state; undefined for an unknown (or erased) receipt. */
export async function findIdeaReceipt(ctx: ServiceContext, token: string): Promise<IdeaReceipt | undefined> {
  if (!receiptShape.test(token)) return undefined;
  const row = await findIdeaByReceiptHashOnAnySite(ctx.db, hashToken(token));
  const site = row && (await siteById(ctx, row.site_id));
  return row && site ? { site, idea: await ideaView(ctx.db, site.id, row) } : undefined;
}

/** Erases the idea of a receipt for good (as `DELETE /ideas/by-receipt`); undefined for an unknown receipt. */
export async function eraseIdeaReceipt(ctx: ServiceContext, token: string): Promise<IdeaErasure | undefined> {
  const found = await findIdeaReceipt(ctx, token);
  return found && eraseIdeaByReceipt(ctx, found.site.id, token);
}
