import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError } from './problem.ts';

export interface StaticRoots {
  /** Serves `/cdn/*` (the widgets' CDN build: loader and chunks). */
  cdn?: string;
  /** Serves `/` and what is below it (the demo CMS page and its assets). */
  demo?: string;
  /** Serves `/docs/api/` (the API reference that `npm run docs:api` builds into dist/api-reference). */
  apiReference?: string;
}

const mimeTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

// Rollup's chunk names carry a content hash (`poll-3f9a1c2b.js`): those never change and may be cached for good.
const hashedName = /[-.][A-Za-z0-9_]{8,}\.(?:m?js|css|map)$/;

const missing = (url: string) =>
  new ProblemError({ status: 404, code: 'not-found', title: 'Not found', detail: `There is nothing at ${url.split('?')[0]}.` });

/** Resolves a URL path inside root, or undefined when it would step outside (`..`, encoded or not). */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const target = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  const relative = path.relative(root, target);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return target;
}

async function sendFile(request: FastifyRequest, reply: FastifyReply, root: string | undefined, urlPath: string, cache: (file: string) => string) {
  if (!root) throw missing(request.url);
  let file = resolveInside(path.resolve(root), urlPath);
  if (!file) throw missing(request.url);
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) throw missing(request.url);
  const type = mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  reply
    .header('content-type', type)
    .header('content-length', info.size)
    .header('cache-control', cache(path.basename(file)))
    .header('last-modified', info.mtime.toUTCString())
    .header('x-content-type-options', 'nosniff');
  return reply.send(request.method === 'HEAD' ? '' : createReadStream(file));
}

export function registerStaticFiles(app: FastifyInstance, roots: StaticRoots): void {
  app.get('/cdn/*', { config: { staticFiles: true } }, (request, reply) =>
    sendFile(request, reply, roots.cdn, (request.params as { '*': string })['*'], (name) =>
      name === 'inspraak.js' ? 'public, max-age=300' : hashedName.test(name) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
    ),
  );
  if (roots.apiReference) {
    const apiReference = roots.apiReference;
    app.get('/docs/api', { config: { staticFiles: true } }, (_request, reply) => reply.redirect('/docs/api/', 301));
    app.get('/docs/api/*', { config: { staticFiles: true } }, (request, reply) =>
      sendFile(request, reply, apiReference, (request.params as { '*': string })['*'], () => 'no-cache'),
    );
  }
  app.get('/*', { config: { staticFiles: true } }, (request, reply) => {
    const rest = (request.params as { '*': string })['*'];
    if (rest === 'v1' || rest.startsWith('v1/')) throw missing(request.url);
    return sendFile(request, reply, roots.demo, rest, () => 'no-cache');
  });
}
