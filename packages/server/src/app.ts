import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from './config.ts';
import { createClientAddressHasher, loadClientAddressSecret } from './credentials/client-address-hasher.ts';
import { randomId } from './credentials/tokens.ts';
import { seedDemo } from './db/demo-seed.ts';
import { migrateToLatest } from './db/migrate.ts';
import { openDatabase, type OpenedDatabase } from './db/open-database.ts';
import type { Tables } from './db/tables.ts';
import { registerCompression } from './http/compression.ts';
import { registerCors } from './http/cors.ts';
import { installErrorHandling } from './http/error-handler.ts';
import { installGracefulShutdown } from './http/graceful-shutdown.ts';
import { createIdempotencyRecorder } from './http/idempotency.ts';
import { installJsonBodyParser } from './http/json-body.ts';
import { installMultipartBodyParser } from './http/multipart-body.ts';
import { createPublicAddress, type PublicAddress } from './http/public-address.ts';
import { registerRateLimits } from './http/rate-limits.ts';
import './http/request-context.ts';
import { registerStaticFiles, type StaticRoots } from './http/static-files.ts';
import { ResultsHub } from './live/results-hub.ts';
import { listAllAllowedOrigins } from './repositories/site-repository.ts';
import { findPoll } from './repositories/poll-repository.ts';
import { registerStaffSignInRoutes } from './routes/staff-sign-in-routes.ts';
import { registerConsoleRoutes } from './routes/console-routes.ts';
import { registerEmbedRoutes } from './routes/embed-routes.ts';
import { registerIdeaReceiptRoutes } from './routes/idea-receipt-routes.ts';
import { registerOperations } from './routes/register-operations.ts';
import { registerOpen311Routes } from './routes/open311-routes.ts';
import { registerSecurityTxtRoute } from './routes/security-txt-route.ts';
import { pruneIdempotencyKeys } from './services/idempotency-service.ts';
import type { ServiceContext } from './services/service-context.ts';

export type { StaticRoots } from './http/static-files.ts';

export interface BuildAppOptions {
  /** From `loadConfig()`; `dataDir` holds the SQLite database. */
  config: Config;
  /** Files served next to the API: `/cdn/*` and the demo page at `/`. Left out: not served. */
  staticRoots?: StaticRoots;
  /** `true`: log at `config.logLevel` without client addresses; or Fastify's own logger option (default: off). */
  logger?: FastifyServerOptions['logger'];
  /** The clock (default: real time). */
  now?: () => Date;
}

/** What the app holds, for the CLI and tests. */
export interface InspraakState {
  db: Kysely<Tables>;
  database: OpenedDatabase;
  live: ResultsHub;
  config: Config;
  /** INSPRAAK_PUBLIC_URL or the address the server listens on: links and the own-origin check. */
  publicAddress: PublicAddress;
}

declare module 'fastify' {
  interface FastifyInstance {
    inspraak: InspraakState;
  }
}

// Log without client addresses: they are personal data and are kept only as HMACs.
const serializers = {
  req: (req: { method: string; url: string; id: string }) => ({ method: req.method, url: req.url.split('?')[0], id: req.id }),
};

function trustHops(count: number) {
  return (_address: string, hop: number) => hop < count;
}

/**
 * Opens and migrates the database in `config.dataDir` (adding the demo site in demo mode) and
 * returns a Fastify app with the API under `/v1`. Closing the app ends live streams, lets requests
 * being handled finish, and closes the database.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const now = options.now ?? (() => new Date());
  const database = openDatabase(config.dataDir);
  try {
    await migrateToLatest(database.db, { dataDir: config.dataDir });
    if (config.demo) await seedDemo(database.db, now());
  } catch (error) {
    await database.close();
    throw error;
  }
  const hashClient = createClientAddressHasher(await loadClientAddressSecret(database.db, now()));
  const ctx: ServiceContext = { db: database.db, now };

  const app = Fastify({
    logger: options.logger === true ? { level: config.logLevel, serializers } : (options.logger ?? false),
    // A hop count trusts exactly that many proxies in front (Fastify's types take it as a function).
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    bodyLimit: config.bodyLimit,
    requestIdHeader: false,
    genReqId: () => `req_${randomId(16)}`,
    // Requests that arrive while closing get our own 503 problem (src/http/graceful-shutdown.ts).
    return503OnClosing: false,
  });

  const live = new ResultsHub({
    load: (siteId, pollId) => findPoll(database.db, siteId, pollId),
    now,
    minIntervalMs: config.live.minIntervalMs,
    heartbeatMs: config.live.heartbeatMs,
    onError: (error) => app.log.error({ err: error }, 'live results'),
  });
  const publicAddress = createPublicAddress(config.publicUrl, () => app.server.address(), config);
  app.decorate('inspraak', { db: database.db, database, live, config, publicAddress });
  app.decorateRequest('auth', null as never);

  installErrorHandling(app);
  installJsonBodyParser(app);
  await installMultipartBodyParser(app, { maxFileBytes: config.photoMaxBytes });
  // Before any route: it hooks each route as it is added.
  await registerCompression(app);

  // Preflights carry no site key: cache the union of all sites' origins for a moment.
  let originsCache: { at: number; origins: Promise<string[]> } | undefined;
  const allOrigins = () => {
    if (!originsCache || Date.now() - originsCache.at > 1000) {
      originsCache = { at: Date.now(), origins: listAllAllowedOrigins(database.db) };
    }
    return originsCache.origins;
  };

  app.addHook('onRequest', async (request, reply) => {
    request.auth = { admin: false };
    reply.header('x-request-id', request.id);
  });
  installGracefulShutdown(app, { live });
  await registerCors(app, { allOrigins });
  // After CORS, so a 429 can be read by the page. The in-process store; a shared one plugs in here (#12).
  const rateLimits = await registerRateLimits(app, { config: config.rateLimit, hashClient });
  app.addHook('onSend', createIdempotencyRecorder(ctx));

  await app.register(async (v1) => registerOperations(v1, { ctx, live, rateLimits, hashClient }), { prefix: '/v1' });
  // Open311 GeoReport v2 facade over the feedback maps (openapi/open311.yaml).
  await app.register(async (open311) => registerOpen311Routes(open311, { ctx, hashClient }), { prefix: '/open311/v2' });
  // The hosted pages `/embed/<widget>/<id>` that links, iframes and shared links point at (HTML).
  registerEmbedRoutes(app, { ctx });
  await registerIdeaReceiptRoutes(app, { ctx });
  // The console's sign-in: a one-time link, and the city's OpenID Connect provider when configured.
  registerStaffSignInRoutes(app, { ctx });
  // The console's page and build, where this server has them.
  if (options.staticRoots?.console) await registerConsoleRoutes(app, options.staticRoots.console);
  registerSecurityTxtRoute(app, { config, now });
  if (options.staticRoots) await registerStaticFiles(app, options.staticRoots);

  const prune = setInterval(() => void pruneIdempotencyKeys(ctx).catch(() => {}), 60 * 60 * 1000);
  prune.unref();
  await pruneIdempotencyKeys(ctx);

  app.addHook('preClose', async () => clearInterval(prune));
  app.addHook('onClose', async () => {
    await database.close();
  });
  return app;
}
