import { readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic, { type FastifyStaticOptions } from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export interface StaticRoots {
  /** Serves `/cdn/*` and `/cdn/<version>/*` (the widgets' CDN build: loader and chunks). */
  cdn?: string;
  /** Serves `/` and what is below it (the demo CMS page and its assets). */
  demo?: string;
  /** The staff console's build, served at `/admin/assets/` under its page `/admin/` (routes/console-routes.ts). */
  console?: string;
  /** Serves `/docs/api/` (the API reference that `npm run docs:api` builds into dist/api-reference). */
  apiReference?: string;
}

/** What the CDN build writes to `integrity.json`: its version and the versioned loader's SRI value. */
export interface CdnRelease {
  version: string;
  /** The versioned loader's path inside `/cdn/`, e.g. `0.1.0/inspraak.js`. */
  loader: string;
  /** `sha384-…`, for `<script integrity>`. */
  integrity: string;
}

/** The CDN build's release record, or undefined for a folder without one (then no versioned path). */
export function readCdnRelease(cdnRoot: string): CdnRelease | undefined {
  try {
    const release = JSON.parse(readFileSync(path.join(cdnRoot, 'integrity.json'), 'utf8')) as CdnRelease;
    return /^[0-9A-Za-z.+-]+$/.test(release.version) ? release : undefined;
  } catch {
    return undefined;
  }
}

const year = 'public, max-age=31536000, immutable';
// Rollup names every chunk `<name>-<8 hex digits>.js` after its content (rollup.config.js, chunkFileNames
// with hex hashes): such a file never changes, so it is cached for good, as is its source map.
const contentHashed = /-[0-9a-f]{8}\.js(?:\.map)?$/;

/** Cache lifetimes under `/cdn/`; `file` is the file sent (`x.js.br` is `x.js` compressed). */
function cdnCacheControl(file: string): string {
  const name = path.basename(file).replace(/\.(?:br|gz)$/, '');
  if (contentHashed.test(name)) return year;
  // The loader's URL stays the same across releases: a short life, then a conditional request (ETag → 304).
  if (name === 'inspraak.js') return 'public, max-age=300';
  return 'public, max-age=3600';
}

const shared = {
  // `x.br` / `x.gz` next to `x` are sent as they are (the CDN build writes them); other files are
  // compressed on the fly by @fastify/compress when they are large enough.
  preCompressed: true,
  // The first registration adds reply.sendFile; the others must not add it again.
  decorateReply: false,
  dotfiles: 'ignore',
  index: ['index.html'],
} satisfies Partial<FastifyStaticOptions>;

const cacheHeader = (cacheControl: (file: string) => string) => (reply: FastifyReply, file: string) => {
  reply.header('cache-control', cacheControl(file)).header('x-content-type-options', 'nosniff');
};

/**
 * Files with @fastify/static (send: ETag, Last-Modified, 304, Range, safe paths): `/cdn/*`, the
 * same folder under `/cdn/<version>/` (immutable; the URL a page pins with an SRI hash), the API
 * reference at `/docs/api/` and the demo page at `/`. A missing file is the app's 404 problem.
 */
export async function registerStaticFiles(app: FastifyInstance, roots: StaticRoots): Promise<void> {
  if (roots.cdn) {
    const root = path.resolve(roots.cdn);
    await app.register(fastifyStatic, { ...shared, root, prefix: '/cdn/', setHeaders: cacheHeader(cdnCacheControl) });
    const release = readCdnRelease(root);
    // Its chunks load relative to the loader, so the versioned path serves the same folder.
    if (release) await app.register(fastifyStatic, { ...shared, root, prefix: `/cdn/${release.version}/`, setHeaders: cacheHeader(() => year) });
  }
  if (roots.apiReference) {
    await app.register(fastifyStatic, {
      ...shared,
      root: path.resolve(roots.apiReference),
      prefix: '/docs/api',
      redirect: true,
      setHeaders: cacheHeader(() => 'no-cache'),
    });
  }
  if (roots.demo) {
    await app.register(fastifyStatic, { ...shared, root: path.resolve(roots.demo), prefix: '/', setHeaders: cacheHeader(() => 'no-cache') });
  }
}
