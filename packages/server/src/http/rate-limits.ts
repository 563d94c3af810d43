import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { ClientAddressHasher } from '../credentials/client-address-hasher.ts';
import { ProblemError } from './problem.ts';
import { FixedWindowLimiter } from './rate-limiter.ts';

export interface RateLimits {
  /** Per hashed client address, every API request. */
  client(request: FastifyRequest): void;
  /** Per site key, once the site is known. */
  site(siteId: string): void;
  /** Per poll, for ballots. */
  pollBallots(siteId: string, pollId: string): void;
  /** Per idea board, for ideas, comments, supports and flags. */
  boardWrites(siteId: string, boardId: string): void;
}

export function createRateLimits(config: Config['rateLimit'], hashClient: ClientAddressHasher): RateLimits {
  const limiter = new FixedWindowLimiter(config.windowSeconds);
  const check = (policy: string, key: string, limit: number) => {
    if (limit <= 0) return;
    const decision = limiter.hit(`${policy}\u0000${key}`, limit);
    if (decision.allowed) return;
    throw new ProblemError({
      status: 429,
      code: 'rate-limited',
      title: 'Too many requests',
      detail: `Too many requests. Wait ${decision.resetSeconds} seconds and try again.`,
      retryAfter: decision.resetSeconds,
      headers: {
        'retry-after': String(decision.resetSeconds),
        ratelimit: `"${policy}";r=${decision.remaining};t=${decision.resetSeconds}`,
        'ratelimit-policy': `"${policy}";q=${limit};w=${config.windowSeconds}`,
      },
    });
  };
  return {
    client: (request) => check('client', hashClient(request.ip), config.perClient),
    site: (siteId) => check('site', siteId, config.perSite),
    pollBallots: (siteId, pollId) => check('poll-ballots', `${siteId}\u0000${pollId}`, config.ballotsPerPoll),
    boardWrites: (siteId, boardId) => check('board-writes', `${siteId}\u0000${boardId}`, config.writesPerBoard),
  };
}
