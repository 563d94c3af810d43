import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { assetPaths } from '../asset-paths.ts';
import { pageSecurityHeaders } from '../http/page-security.ts';
import { preferredLanguage } from '../http/preferred-language.ts';
import { renderEmbedPage, type EmbedPageTheme } from '../pages/embed-page.ts';
import { renderNotFoundPage } from '../pages/not-found-page.ts';
import { findEmbedSubject, isEmbedWidget } from '../services/embed-subject.ts';
import type { ServiceContext } from '../services/service-context.ts';

/** The files the hosted pages link, read once (they ship with the server). */
const assets: Record<string, { type: string; body: string }> = {
  'embed.css': { type: 'text/css; charset=utf-8', body: readFileSync(path.join(assetPaths.pages, 'embed.css'), 'utf8') },
  'embed-frame.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(path.join(assetPaths.pages, 'embed-frame.js'), 'utf8') },
};

const idShape = /^[A-Za-z0-9_-]{1,64}$/;

const single = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** `?theme=light|dark`: the colour scheme an iframe's page asks for; anything else leaves the default (light). */
const pageTheme = (value: unknown): EmbedPageTheme | undefined => (value === 'light' || value === 'dark' ? value : undefined);

/** The page's own address (without `lang`): what a resident is told and what a shared link names. */
const ownUrl = (request: FastifyRequest, widget: string, id: string, siteKey: string | undefined): string =>
  `${request.server.inspraak.publicAddress.origin()}/embed/${widget}/${id}${siteKey ? `?site=${encodeURIComponent(siteKey)}` : ''}`;

function sendPage(reply: FastifyReply, status: number, headers: Record<string, string>, body: string) {
  return reply
    .code(status)
    .headers({ ...headers, 'cache-control': 'no-cache', vary: 'Accept-Language' })
    .type('text/html; charset=utf-8')
    .send(body);
}

/**
 * The hosted pages `/embed/<widget>/<id>` (HTML, not the JSON API, so outside `/v1` and the
 * contract; documented in the server's README) and the two small files they link. Query:
 * `lang=nl|en`, `theme=light|dark`, `preview=1` (inert, for the console), `site=<public key>`.
 */
export function registerEmbedRoutes(app: FastifyInstance, { ctx }: { ctx: ServiceContext }): void {
  app.get<{ Params: { widget: string; id: string }; Querystring: Record<string, unknown> }>('/embed/:widget/:id', async (request, reply) => {
    const { widget, id } = request.params;
    const query = request.query;
    const language = preferredLanguage(query.lang, request.headers['accept-language']);
    const known = isEmbedWidget(widget) ? widget : undefined;
    const siteKey = single(query.site);
    const demoMode = request.server.inspraak.config.demo;
    const subject = known && idShape.test(id) ? await findEmbedSubject(ctx, known, id, { siteKey, demoMode }) : undefined;
    if (!subject) return sendPage(reply, 404, pageSecurityHeaders({ frameAncestors: '*' }), renderNotFoundPage(language, known, id));
    const headers = pageSecurityHeaders({
      frameAncestors: subject.site.allowedOrigins,
      imageSources: subject.imageSources,
      connectSources: subject.connectSources,
    });
    return sendPage(
      reply,
      200,
      headers,
      renderEmbedPage({
        subject,
        language,
        url: ownUrl(request, widget, id, siteKey),
        theme: pageTheme(query.theme),
        // `?preview=1`: the console's live preview. The same page, made inert, so a staff member
        // looking at it cannot vote, support or report by accident.
        preview: query.preview === '1',
      }),
    );
  });

  app.get<{ Params: { file: string } }>('/embed/:file', async (request, reply) => {
    const asset = assets[request.params.file];
    if (!asset) return reply.callNotFound();
    return reply
      .headers({ 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff', 'access-control-allow-origin': '*' })
      .type(asset.type)
      .send(asset.body);
  });
}
