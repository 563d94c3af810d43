import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Everything the server reads from its environment, parsed once. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  logLevel: string;
  trustProxy: boolean | string;
  bodyLimit: number;
  /** Largest photo upload in bytes (larger: 413). */
  photoMaxBytes: number;
  /** Most pixels (width × height) a photo may declare; more is refused before decoding (decompression bombs). */
  photoMaxPixels: number;
  rateLimit: {
    /** Window length in seconds shared by every limit. */
    windowSeconds: number;
    /** Requests per window per site key; 0 turns the limit off. */
    perSite: number;
    /** Requests per window per hashed client address; 0 turns the limit off. */
    perClient: number;
    /** Ballots per window per poll; 0 turns the limit off. */
    ballotsPerPoll: number;
    /** Ideas, comments, supports and flags per window per idea board; 0 turns the limit off. */
    writesPerBoard: number;
  };
  live: {
    /** Milliseconds between heartbeat comments on each stream. */
    heartbeatMs: number;
    /** Smallest gap between two results events of one poll (coalescing). */
    minIntervalMs: number;
  };
}

export const repositoryRoot = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number of 0 or more, got "${raw}"`);
  }
  return value;
}

function trustProxy(raw: string | undefined): boolean | string {
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  // Fastify also takes a comma-separated list of addresses or CIDR ranges.
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: integer(env, 'PORT', 8080),
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.INSPRAAK_DATA_DIR || path.join(repositoryRoot, 'data')),
    logLevel: env.INSPRAAK_LOG_LEVEL || env.LOG_LEVEL || 'info',
    trustProxy: trustProxy(env.INSPRAAK_TRUST_PROXY),
    bodyLimit: integer(env, 'INSPRAAK_BODY_LIMIT', 16 * 1024),
    photoMaxBytes: integer(env, 'INSPRAAK_PHOTO_MAX_BYTES', 8 * 1024 * 1024),
    photoMaxPixels: integer(env, 'INSPRAAK_PHOTO_MAX_PIXELS', 50_000_000),
    rateLimit: {
      windowSeconds: Math.max(1, integer(env, 'INSPRAAK_RATE_LIMIT_WINDOW', 60)),
      perSite: integer(env, 'INSPRAAK_RATE_LIMIT_SITE', 6000),
      perClient: integer(env, 'INSPRAAK_RATE_LIMIT_CLIENT', 600),
      ballotsPerPoll: integer(env, 'INSPRAAK_RATE_LIMIT_POLL_BALLOTS', 3000),
      writesPerBoard: integer(env, 'INSPRAAK_RATE_LIMIT_BOARD_WRITES', 3000),
    },
    live: {
      heartbeatMs: Math.max(10, integer(env, 'INSPRAAK_SSE_HEARTBEAT_MS', 15_000)),
      minIntervalMs: integer(env, 'INSPRAAK_SSE_MIN_INTERVAL_MS', 250),
    },
  };
}
