/** Result of counting one request against a limit. */
export interface RateDecision {
  allowed: boolean;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

/**
 * Fixed-window counters in memory (enough for one process; a shared store comes with scaling out).
 * The whole map is dropped when a window ends, so memory stays bounded by one window's keys.
 */
export class FixedWindowLimiter {
  private counts = new Map<string, number>();
  private window = -1;

  constructor(private readonly windowSeconds: number) {}

  hit(key: string, limit: number, nowMs = Date.now()): RateDecision {
    const windowMs = this.windowSeconds * 1000;
    const window = Math.floor(nowMs / windowMs);
    if (window !== this.window) {
      this.window = window;
      this.counts = new Map();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    const resetSeconds = Math.max(1, Math.ceil(((window + 1) * windowMs - nowMs) / 1000));
    return { allowed: count <= limit, remaining: Math.max(0, limit - count), resetSeconds };
  }
}
