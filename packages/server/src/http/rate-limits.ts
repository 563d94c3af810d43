import fastifyRateLimit, { normalizeIP, type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { ClientAddressHasher } from '../credentials/client-address-hasher.ts';
import { isApiPath } from './api-paths.ts';
import { ProblemError } from './problem.ts';

/** The limits a handler checks once it knows what the request writes to. */
export interface RateLimits {
  /** Per poll, for ballots. */
  pollBallots(request: FastifyRequest, siteId: string, pollId: string): Promise<void>;
  /** Per idea board, for ideas, comments, supports and flags. */
  boardWrites(request: FastifyRequest, siteId: string, boardId: string): Promise<void>;
}

/**
 * Where counts live: @fastify/rate-limit's store interface (`incr`, `child`). Left out, the plugin's
 * in-process LRU store, which is right for one server on SQLite. Several instances behind one
 * PostgreSQL (issue #12) plug a shared store in here, so a client cannot spread its requests
 * over the instances.
 */
export type RateLimitStore = FastifyRateLimitStoreCtor;

export interface RateLimitOptions {
  config: Config['rateLimit'];
  hashClient: ClientAddressHasher;
  store?: RateLimitStore;
}

/**
 * A client is its address as the trusted proxies report it (INSPRAAK_TRUST_PROXY), an IPv6 address
 * taken as its /64 (what one subscriber gets, so rotating inside it does not help), kept only as
 * an HMAC even in memory.
 */
const clientKey = (request: FastifyRequest, hashClient: ClientAddressHasher) => hashClient(normalizeIP(request.ip, 64));

/**
 * Rate limits with @fastify/rate-limit's counting and store. Its `createRateLimit` is used rather
 * than its route hooks: the hooks run once per request (one guard shared by every limiter), the
 * ballot and board limits are known only inside a handler (a comment's board comes from the
 * database), and the contract's 429 carries `RateLimit`/`RateLimit-Policy` in the IETF draft's
 * structured form (`"client";r=0;t=12`), which the plugin's header options do not write.
 *
 * Fairness: the only limit on a request's volume is per client, checked first (onRequest, before
 * auth), so a refused request counts nowhere else. There is no per-site quota: keyed by the public
 * site key, it let a few clients lock every resident of a city out (6,000 requests in 9.2 s, then
 * everyone's 429). The ballots-per-poll and writes-per-board limits stay as circuit breakers for
 * one poll or board; a flood from many addresses at once is the reverse proxy's job (docs/deploy.md).
 */
export async function registerRateLimits(app: FastifyInstance, { config, hashClient, store }: RateLimitOptions): Promise<RateLimits> {
  await app.register(fastifyRateLimit, { global: false, ...(store ? { store } : {}) });
  const timeWindow = config.windowSeconds * 1000;

  /** A limiter for one policy; `keyOf` names what is counted. Quota 0: no limit. */
  const limiter = <Subject>(policy: string, quota: number, keyOf: (request: FastifyRequest, subject: Subject) => string) => {
    if (quota <= 0) return async () => {};
    const subjects = new WeakMap<FastifyRequest, Subject>();
    const count = app.createRateLimit({ max: quota, timeWindow, keyGenerator: (request) => `${policy}:${keyOf(request, subjects.get(request)!)}` });
    return async (request: FastifyRequest, subject: Subject) => {
      subjects.set(request, subject);
      const result = await count(request);
      if (result.isAllowed || !result.isExceeded) return;
      const seconds = Math.max(1, result.ttlInSeconds);
      throw new ProblemError({
        status: 429,
        code: 'rate-limited',
        title: 'Too many requests',
        detail: `Too many requests. Wait ${seconds} seconds and try again.`,
        retryAfter: seconds,
        headers: {
          'retry-after': String(seconds),
          ratelimit: `"${policy}";r=${result.remaining};t=${seconds}`,
          'ratelimit-policy': `"${policy}";q=${quota};w=${config.windowSeconds}`,
        },
      });
    };
  };

  const perClient = limiter<void>('client', config.perClient, (request) => clientKey(request, hashClient));
  app.addHook('onRequest', async (request) => {
    if (isApiPath(request.url)) await perClient(request);
  });
  const pollBallots = limiter<string>('poll-ballots', config.ballotsPerPoll, (_request, poll) => poll);
  const boardWrites = limiter<string>('board-writes', config.writesPerBoard, (_request, board) => board);
  return {
    pollBallots: (request, siteId, pollId) => pollBallots(request, `${siteId}:${pollId}`),
    boardWrites: (request, siteId, boardId) => boardWrites(request, `${siteId}:${boardId}`),
  };
}
