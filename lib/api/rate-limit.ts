/**
 * How many sends one API key may make per window, counted in this process only: a sliding window
 * of timestamps per key. With several web instances each applies it on its own, so the effective
 * limit is this many per instance. That is enough to stop a runaway script; DingTalk's own quota is
 * still guarded by the fan-out's rate limiter whatever arrives here.
 */
export class ApiKeySendLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts one hit for `key` if there is room; otherwise says how long until there is. */
  take(key: string, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const since = now - this.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((at) => at > since);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      const oldest = recent[0] ?? now;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)) };
    }
    recent.push(now);
    this.hits.set(key, recent);
    // Keys that went quiet are dropped now and then, so the map cannot grow without bound.
    if (this.hits.size > 1000) this.prune(now);
    return { ok: true };
  }

  private prune(now: number): void {
    const since = now - this.windowMs;
    for (const [key, times] of this.hits) {
      if (!times.some((at) => at > since)) this.hits.delete(key);
    }
  }
}
