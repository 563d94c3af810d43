import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type StaticRoots } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { demoAdminToken, demoSiteKey } from './db/demo-seed.ts';

export interface TestServerOptions {
  /**
   * Demo mode: the demo site is seeded and its published keys work (default true: tests name the
   * demo keys). `false` runs as production does: nothing seeded, the demo keys refused.
   */
  demo?: boolean;
  /** Environment variables as `inspraak serve` reads them (e.g. `INSPRAAK_RATE_LIMIT_CLIENT: '3'`). */
  env?: Record<string, string>;
  /** Config overrides, applied after `env` (nested objects are merged). */
  config?: Partial<Omit<Config, 'rateLimit' | 'live'>> & { rateLimit?: Partial<Config['rateLimit']>; live?: Partial<Config['live']> };
  /** Serve `/cdn/*` and `/` from these folders, as `inspraak serve` does. */
  staticRoots?: StaticRoots;
  /** Reuse this data dir (e.g. to test a restart); by default a fresh temp dir, removed on close. */
  dataDir?: string;
  /** The server's clock (default: real time), e.g. to make data on different days. */
  now?: () => Date;
}

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** `origin + '/v1'` */
  baseUrl: string;
  /** The demo site's public key (`pk_demo_voorbeeld`). */
  siteKey: string;
  /** The demo site's admin token (`sk_demo_voorbeeld`). */
  adminToken: string;
  app: FastifyInstance;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * A real server on 127.0.0.1 (random port) over a fresh, migrated SQLite database in a temp dir,
 * in demo mode unless `demo: false`. Rate limits are off unless `env`/`config` sets them; live
 * events are not delayed more than 50 ms.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'inspraak-test-')));
  const base = loadConfig({
    INSPRAAK_RATE_LIMIT_CLIENT: '0',
    INSPRAAK_RATE_LIMIT_POLL_BALLOTS: '0',
    INSPRAAK_RATE_LIMIT_BOARD_WRITES: '0',
    INSPRAAK_SSE_MIN_INTERVAL_MS: '50',
    ...options.env,
    INSPRAAK_DATA_DIR: dataDir,
  });
  const { rateLimit, live, ...rest } = options.config ?? {};
  const config: Config = {
    ...base,
    demo: options.demo ?? true,
    ...rest,
    dataDir,
    rateLimit: { ...base.rateLimit, ...rateLimit },
    live: { ...base.live, ...live },
  };
  let app: FastifyInstance;
  try {
    app = await buildApp({ config, staticRoots: options.staticRoots, ...(options.now && { now: options.now }) });
    await app.listen({ host: '127.0.0.1', port: 0 });
  } catch (error) {
    if (ownDir) await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('The test server has no TCP address');
  const origin = `http://127.0.0.1:${address.port}`;
  let closed = false;
  return {
    origin,
    baseUrl: `${origin}/v1`,
    siteKey: demoSiteKey,
    adminToken: demoAdminToken,
    app,
    dataDir,
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      if (ownDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
