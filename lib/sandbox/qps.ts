/**
 * Per (appKey, API path) limiter over a sliding 1000 ms window, not fixed calendar seconds: the
 * Dingcast client paces itself with a sliding window too, so a client that respects its own limiter
 * must never see a 403 here, and one that bursts across a second boundary must. Only admitted calls
 * enter the window; refused calls are not processed and do not extend the penalty.
 */
export class SimulatedQpsLimit {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly windowMs = 1000) {}

  tryAcquire(key: string, limit: number, nowMs: number): boolean {
    let times = this.hits.get(key);
    if (!times) {
      times = [];
      this.hits.set(key, times);
    }
    const cutoff = nowMs - this.windowMs;
    let drop = 0;
    while (drop < times.length && (times[drop] as number) <= cutoff) drop++;
    if (drop > 0) times.splice(0, drop);
    if (times.length >= limit) return false;
    times.push(nowMs);
    return true;
  }

  reset(): void {
    this.hits.clear();
  }
}
