import type { FastifyInstance } from 'fastify';
import type { ResultsHub } from '../live/results-hub.ts';
import { ProblemError } from './problem.ts';

export interface GracefulShutdownOptions {
  live: ResultsHub;
  /** Longest wait for requests being handled before the listener closes anyway. */
  graceMs?: number;
  /** The `retry:` hint (ms) sent to result streams before they end. */
  reconnectMs?: number;
}

/**
 * How the app closes (`app.close()`: SIGTERM/SIGINT in `inspraak serve`, and every test server):
 * open result streams get a `retry:` hint and a clean end, so clients reconnect with
 * `Last-Event-ID` (to another instance, or to this one once it is back); requests already being
 * handled finish and are answered before the database closes; a request that arrives meanwhile,
 * on a new or a kept-alive connection, gets 503 `server-closing` with `Retry-After` and
 * `Connection: close`. Then the listener closes (Fastify's own order: preClose, server.close, onClose).
 */
export function installGracefulShutdown(app: FastifyInstance, { live, graceMs = 10_000, reconnectMs = 1000 }: GracefulShutdownOptions): void {
  let closing = false;
  let inFlight = 0;
  let drained: (() => void) | undefined;

  app.addHook('onRequest', async (_request, reply) => {
    if (closing) {
      throw new ProblemError({
        status: 503,
        code: 'server-closing',
        title: 'Server restarting',
        detail: 'This server is shutting down. Nothing was changed; send the request again in a moment.',
        headers: { 'retry-after': '1', connection: 'close' },
      });
    }
    inFlight += 1;
    reply.raw.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) drained?.();
    });
  });

  app.addHook('preClose', async () => {
    closing = true;
    live.close({ reconnectMs });
    if (inFlight === 0) return;
    await new Promise<void>((resolve) => {
      drained = resolve;
      setTimeout(resolve, graceMs).unref();
    });
  });
}
