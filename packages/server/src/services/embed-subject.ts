import { readFileSync } from 'node:fs';
import { assetPaths } from '../asset-paths.ts';
import { demoCredentialRefused } from '../db/demo-seed.ts';
import type { PageLanguage } from '../http/preferred-language.ts';
import { findBoard } from '../repositories/board-repository.ts';
import { siteOwningId, type LinkedTable } from '../repositories/id-owner-repository.ts';
import { findMap } from '../repositories/map-repository.ts';
import { findPoll } from '../repositories/poll-repository.ts';
import { findSiteById, findSiteByPublicKey } from '../repositories/site-repository.ts';
import type { ServiceContext } from './service-context.ts';
import { toSite, type Site } from './site-service.ts';

/** What a hosted page says of its widget: "Peiling", "peiling", "Stem mee in deze peiling van {site}.". */
export interface WidgetPageTexts {
  name: string;
  /** What the widget's id names, for the not-found page. */
  thing: string;
  /** The page's description when the poll, board or map has none; `{site}` is the site's name. */
  invitation: string;
}

/** A widget with a hosted page, as the widget manifest declares it. */
export interface EmbedWidgetEntry {
  tag: string;
  idAttribute: string;
  hostedPage: { subject: LinkedTable } & Record<PageLanguage, WidgetPageTexts>;
}

export type EmbedWidget = string;

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

/** What a hosted page shows besides its title and description, per subject table. */
type SubjectDetails = Pick<EmbedSubject, 'title' | 'description'> & Partial<Pick<EmbedSubject, 'options' | 'imageSources' | 'connectSources'>>;

/** How a hosted page finds its poll, board or map on a site: one finder per table a widget's id can name. */
const subjectFinders: Record<LinkedTable, (ctx: ServiceContext, siteId: string, id: string) => Promise<SubjectDetails | undefined>> = {
  polls: async (ctx, siteId, id) => {
    const record = await findPoll(ctx.db, siteId, id);
    return record && { title: record.poll.question, description: record.poll.description, options: record.options.map((option) => option.label) };
  },
  boards: async (ctx, siteId, id) => {
    const board = await findBoard(ctx.db, siteId, id);
    return board && { title: board.title, description: board.description };
  },
  maps: async (ctx, siteId, id) => {
    const map = await findMap(ctx.db, siteId, id);
    return (
      map && {
        title: map.title,
        description: map.description,
        imageSources: sourcesOf(map.tiles, 'urlTemplate'),
        connectSources: sourcesOf(map.geocoder, 'url'),
      }
    );
  },
};

/**
 * The widgets that have a hosted page, `/embed/<widget>/<id>`, from the widget manifest
 * (packages/widgets/widgets.manifest.json), which also drives the loader that upgrades links to
 * these pages. A widget whose id names a table the server cannot look in stops the server from starting.
 */
export const embedWidgets: Record<EmbedWidget, EmbedWidgetEntry> = JSON.parse(readFileSync(assetPaths.widgetManifest, 'utf8')).widgets;
for (const [name, { hostedPage }] of Object.entries(embedWidgets)) {
  if (!Object.hasOwn(subjectFinders, hostedPage.subject)) throw new Error(`widgets.manifest.json: ${name}'s hosted page shows "${hostedPage.subject}", which the server cannot find`);
}

export const isEmbedWidget = (name: string): name is EmbedWidget => Object.hasOwn(embedWidgets, name);

async function subjectOnSite(ctx: ServiceContext, widget: EmbedWidget, id: string, site: Site): Promise<EmbedSubject | undefined> {
  const details = await subjectFinders[embedWidgets[widget].hostedPage.subject](ctx, site.id, id);
  return details && { widget, id, site, options: [], imageSources: [], connectSources: [], ...details };
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
    const owner = await siteOwningId(ctx.db, embedWidgets[widget].hostedPage.subject, id);
    if (owner !== undefined) siteRow = await findSiteById(ctx.db, owner);
  }
  // Outside demo mode the demo site has no pages: its keys, which a page carries, are refused.
  if (!siteRow || demoCredentialRefused(demoMode, siteRow.public_key)) return undefined;
  return subjectOnSite(ctx, widget, id, toSite(siteRow));
}
