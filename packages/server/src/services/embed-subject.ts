import { demoCredentialRefused } from '../db/demo-seed.ts';
import { findBoard } from '../repositories/board-repository.ts';
import { siteOwningId, type LinkedTable } from '../repositories/id-owner-repository.ts';
import { findMap } from '../repositories/map-repository.ts';
import { findPoll } from '../repositories/poll-repository.ts';
import { findSiteById, findSiteByPublicKey } from '../repositories/site-repository.ts';
import type { ServiceContext } from './service-context.ts';
import { toSite, type Site } from './site-service.ts';

/** The widgets that have a hosted page, `/embed/<widget>/<id>`, and what their id names. */
export const embedWidgets = {
  poll: { table: 'polls', tag: 'inspraak-poll', attribute: 'poll' },
  'idea-form': { table: 'boards', tag: 'inspraak-idea-form', attribute: 'board' },
  'idea-board': { table: 'boards', tag: 'inspraak-idea-board', attribute: 'board' },
  'feedback-map': { table: 'maps', tag: 'inspraak-feedback-map', attribute: 'map' },
} as const satisfies Record<string, { table: LinkedTable; tag: string; attribute: string }>;

export type EmbedWidget = keyof typeof embedWidgets;

export const isEmbedWidget = (name: string): name is EmbedWidget => Object.hasOwn(embedWidgets, name);

/** What a hosted page shows and whom it belongs to. */
export interface EmbedSubject {
  widget: EmbedWidget;
  id: string;
  /** The site that owns the poll, board or map: its key goes on the page, its origins may frame it. */
  site: Site;
  /** The poll's question, or the board's or map's title. */
  title: string;
  description: string | null;
  /** A poll's option labels, in order (empty for the other widgets). */
  options: string[];
  /** Origins the widget loads images from (a map's tiles), as CSP sources. */
  imageSources: string[];
  /** Origins the widget calls besides the API (a map's geocoder), as CSP sources. */
  connectSources: string[];
}

/**
 * `https://{s}.tile.example.org/{z}/{x}/{y}.png` → `https://*.tile.example.org`: the origin of a
 * configured URL as a CSP source, or undefined when it is not an http(s) URL.
 */
export function cspSourceOf(url: string): string | undefined {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(url.trim());
  if (!match) return undefined;
  const host = match[2]!.replace(/^\{[a-z]+\}\./i, '*.');
  return /^(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(host) ? `${match[1]!.toLowerCase()}://${host.toLowerCase()}` : undefined;
}

const sourcesOf = (json: string, key: string): string[] => {
  try {
    const value = (JSON.parse(json) as Record<string, unknown>)[key];
    const source = typeof value === 'string' ? cspSourceOf(value) : undefined;
    return source ? [source] : [];
  } catch {
    return [];
  }
};

async function subjectOnSite(ctx: ServiceContext, widget: EmbedWidget, id: string, site: Site): Promise<EmbedSubject | undefined> {
  const base = { widget, id, site, options: [] as string[], imageSources: [] as string[], connectSources: [] as string[] };
  switch (embedWidgets[widget].table) {
    case 'polls': {
      const record = await findPoll(ctx.db, site.id, id);
      if (!record) return undefined;
      return { ...base, title: record.poll.question, description: record.poll.description, options: record.options.map((option) => option.label) };
    }
    case 'boards': {
      const board = await findBoard(ctx.db, site.id, id);
      return board && { ...base, title: board.title, description: board.description };
    }
    case 'maps': {
      const map = await findMap(ctx.db, site.id, id);
      return (
        map && {
          ...base,
          title: map.title,
          description: map.description,
          imageSources: sourcesOf(map.tiles, 'urlTemplate'),
          connectSources: sourcesOf(map.geocoder, 'url'),
        }
      );
    }
  }
}

/**
 * The poll, board or map a hosted page shows, with the site that owns it. An embed link names no
 * site, so the id decides: ids are unique across the server, and where two sites held one id before
 * that (migration 0004) the oldest keeps the link. `?site=<public key>` picks a site's own row, so
 * the younger one stays reachable by a link that says whose it is.
 */
export async function findEmbedSubject(
  ctx: ServiceContext,
  widget: EmbedWidget,
  id: string,
  { siteKey, demoMode }: { siteKey?: string; demoMode: boolean },
): Promise<EmbedSubject | undefined> {
  let siteRow;
  if (siteKey !== undefined) {
    siteRow = await findSiteByPublicKey(ctx.db, siteKey);
  } else {
    const owner = await siteOwningId(ctx.db, embedWidgets[widget].table, id);
    if (owner !== undefined) siteRow = await findSiteById(ctx.db, owner);
  }
  // Outside demo mode the demo site has no pages: its keys, which a page carries, are refused.
  if (!siteRow || demoCredentialRefused(demoMode, siteRow.public_key)) return undefined;
  return subjectOnSite(ctx, widget, id, toSite(siteRow));
}
