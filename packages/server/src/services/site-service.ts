import { newAdminToken, newPublicKey, hashToken, randomId } from '../credentials/tokens.ts';
import type { SiteRow } from '../db/tables.ts';
import {
  findSiteByAdminTokenHash,
  findSiteById,
  findSiteByPublicKey,
  insertSite,
  listSites as listSiteRows,
  updateSiteKeys,
} from '../repositories/site-repository.ts';
import type { ServiceContext } from './service-context.ts';
import { parseOriginPattern } from './origin-pattern.ts';

export interface Site {
  id: string;
  name: string;
  publicKey: string;
  allowedOrigins: string[];
  createdAt: string;
}

export function toSite(row: SiteRow): Site {
  return {
    id: row.id,
    name: row.name,
    publicKey: row.public_key,
    allowedOrigins: JSON.parse(row.allowed_origins) as string[],
    createdAt: row.created_at,
  };
}

export async function siteByPublicKey(ctx: ServiceContext, publicKey: string): Promise<Site | undefined> {
  const row = await findSiteByPublicKey(ctx.db, publicKey);
  return row && toSite(row);
}

export async function siteByAdminToken(ctx: ServiceContext, adminToken: string): Promise<Site | undefined> {
  const row = await findSiteByAdminTokenHash(ctx.db, hashToken(adminToken));
  return row && toSite(row);
}

export async function siteById(ctx: ServiceContext, id: string): Promise<Site | undefined> {
  const row = await findSiteById(ctx.db, id);
  return row ? toSite(row) : undefined;
}

export class SiteInputError extends Error {}

/** Creates a site; the admin token is returned here once and only its hash is kept. */
export async function createSite(
  ctx: ServiceContext,
  input: { name: string; origins: string[] },
): Promise<{ site: Site; adminToken: string }> {
  const name = input.name.trim();
  if (!name) throw new SiteInputError('A site needs a name (--name "Gemeente …").');
  if (input.origins.length === 0) throw new SiteInputError('A site needs at least one allowed origin (--origin https://…).');
  for (const origin of input.origins) {
    try {
      parseOriginPattern(origin);
    } catch (error) {
      throw new SiteInputError((error as Error).message);
    }
  }
  const adminToken = newAdminToken();
  const row: SiteRow = {
    id: `site_${randomId(12)}`,
    name,
    public_key: newPublicKey(),
    admin_token_hash: hashToken(adminToken),
    allowed_origins: JSON.stringify(input.origins),
    created_at: ctx.now().toISOString(),
  };
  await insertSite(ctx.db, row);
  return { site: toSite(row), adminToken };
}

export async function listSites(ctx: ServiceContext): Promise<Site[]> {
  return (await listSiteRows(ctx.db)).map(toSite);
}

/** New keys for a site; the old ones stop working at once. Neither flag means both. */
export async function rotateSiteKeys(
  ctx: ServiceContext,
  siteId: string,
  which: { public: boolean; admin: boolean },
): Promise<{ site: Site; publicKey?: string; adminToken?: string }> {
  const row = await findSiteById(ctx.db, siteId);
  if (!row) throw new SiteInputError(`No site with id "${siteId}".`);
  const both = !which.public && !which.admin;
  const publicKey = which.public || both ? newPublicKey() : undefined;
  const adminToken = which.admin || both ? newAdminToken() : undefined;
  await updateSiteKeys(ctx.db, siteId, {
    ...(publicKey ? { public_key: publicKey } : {}),
    ...(adminToken ? { admin_token_hash: hashToken(adminToken) } : {}),
  });
  const updated = await findSiteById(ctx.db, siteId);
  return { site: toSite(updated!), publicKey, adminToken };
}
