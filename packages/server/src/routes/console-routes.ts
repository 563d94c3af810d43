import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { pageSecurityHeaders } from '../http/page-security.ts';
import { preferredLanguage } from '../http/preferred-language.ts';
import { consoleAssetsPath, renderConsolePage } from '../pages/console-page.ts';
import { consolePath } from './staff-sign-in-routes.ts';

// Rollup names every chunk `<name>-<8 hex digits>.js` after its content: cached for good. The entry
// keeps its name, so it is checked again each time (an update reaches staff at their next load).
const contentHashed = /-[0-9a-f]{8}\.js(?:\.map)?$/;

/**
 * The staff console: its page at `/admin/` (framed by nobody, never cached, the strict page CSP;
 * it may frame only the server's own pages)
 * and its build (packages/console/dist) at `/admin/assets/`. The console reads the session with
 * the API; the sign-in routes live in staff-sign-in-routes.ts.
 */
export async function registerConsoleRoutes(app: FastifyInstance, consoleRoot: string): Promise<void> {
  app.get(consolePath.slice(0, -1), async (_request, reply) => reply.redirect(consolePath, 301));
  app.get<{ Querystring: { lang?: string } }>(consolePath, async (request, reply) =>
    reply
      // The publish panel's preview frames the server's own hosted pages (`/embed/…`), nothing else.
      .headers(pageSecurityHeaders({ frameAncestors: [], frameSources: ["'self'"] }))
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(renderConsolePage(preferredLanguage(request.query.lang, request.headers['accept-language']))),
  );
  await app.register(fastifyStatic, {
    root: path.resolve(consoleRoot),
    prefix: consoleAssetsPath,
    preCompressed: true,
    decorateReply: false,
    dotfiles: 'ignore',
    index: false,
    setHeaders: (reply, file) => {
      const name = path.basename(file).replace(/\.(?:br|gz)$/, '');
      reply.header('cache-control', contentHashed.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache').header('x-content-type-options', 'nosniff');
    },
  });
}
