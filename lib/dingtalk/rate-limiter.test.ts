import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SlidingWindowRateLimiter, type LimiterClock } from "./rate-limiter";

/** Fake time: Date.now and setTimeout are vitest's fake timers, so nothing depends on machine speed. */
function fakeClock(): LimiterClock & { timersSet: number } {
  const clock = {
    timersSet: 0,
    now: () => Date.now(),
    setTimeout: (callback: () => void, ms: number) => {
      clock.timersSet++;
      return setTimeout(callback, ms);
    },
    clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  return clock;
}

const KEY = "dingapp:/v1.0/robot/oToMessages/batchSend";

describe("SlidingWindowRateLimiter", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("lets at most qps calls start in any sliding window, in FIFO order", async () => {
    const clock = fakeClock();
    const limiter = new SlidingWindowRateLimiter({ qps: 5, windowMs: 1025, clock });
    const starts: { id: number; at: number }[] = [];
    const all = Array.from({ length: 23 }, (_, id) =>
      limiter.acquire(KEY).then(() => starts.push({ id, at: Date.now() })),
    );

    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(all);

    expect(starts.map((s) => s.id)).toEqual(Array.from({ length: 23 }, (_, i) => i));
    for (let i = 0; i + 5 < starts.length; i++) {
      // The (i+5)-th start may only happen once the i-th has left the window.
      expect(starts[i + 5]!.at - starts[i]!.at).toBeGreaterThanOrEqual(1025);
    }
    // 23 starts at 5 per window need 4 extra windows: no more, no fewer.
    expect(starts.at(-1)!.at - starts[0]!.at).toBe(4 * 1025);
  });

  it("starts the first qps calls at once and makes the next one wait", async () => {
    const limiter = new SlidingWindowRateLimiter({ qps: 3, windowMs: 1000, clock: fakeClock() });
    let started = 0;
    for (let i = 0; i < 4; i++) void limiter.acquire(KEY).then(() => started++);
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toBe(3);
    await vi.advanceTimersByTimeAsync(999);
    expect(started).toBe(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toBe(4);
  });

  it("keeps keys independent and applies per-path overrides", async () => {
    const limiter = new SlidingWindowRateLimiter({
      qps: 2,
      qpsByPath: { "/v1.0/robot/oToMessages/readStatus": 4 },
      windowMs: 1000,
      clock: fakeClock(),
    });
    const counts = { send: 0, otherApp: 0, read: 0 };
    for (let i = 0; i < 6; i++) {
      void limiter.acquire(KEY).then(() => counts.send++);
      void limiter.acquire("otherapp:/v1.0/robot/oToMessages/batchSend").then(() => counts.otherApp++);
      void limiter.acquire("dingapp:/v1.0/robot/oToMessages/readStatus").then(() => counts.read++);
    }
    await vi.advanceTimersByTimeAsync(0);
    expect(counts).toEqual({ send: 2, otherApp: 2, read: 4 });
  });

  it("uses one timer per key however many callers wait", async () => {
    const clock = fakeClock();
    const limiter = new SlidingWindowRateLimiter({ qps: 200, windowMs: 1025, clock });
    const all = Array.from({ length: 2000 }, () => limiter.acquire(KEY));
    await vi.advanceTimersByTimeAsync(0);
    // 1800 waiters, but only one pending wake-up: each window needs exactly one timer.
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(20_000);
    await Promise.all(all);
    expect(clock.timersSet).toBe(9);
  });

  it("drops an aborted waiter without blocking the ones behind it", async () => {
    const limiter = new SlidingWindowRateLimiter({ qps: 1, windowMs: 1000, clock: fakeClock() });
    await limiter.acquire(KEY);
    const controller = new AbortController();
    const aborted = limiter.acquire(KEY, controller.signal);
    const order: string[] = [];
    const next = limiter.acquire(KEY).then(() => order.push("next"));
    controller.abort(new Error("stop"));
    await expect(aborted).rejects.toThrow("stop");
    await vi.advanceTimersByTimeAsync(1000);
    await next;
    expect(order).toEqual(["next"]);
    await expect(limiter.acquire(KEY, AbortSignal.abort(new Error("already")))).rejects.toThrow("already");
  });

  it("widens a key's window after a QPS refusal and narrows it back after calm traffic", async () => {
    const limiter = new SlidingWindowRateLimiter({
      qps: 2,
      windowMs: 1000,
      penaltyMs: 10,
      maxWindowMs: 1020,
      clock: fakeClock(),
    });
    limiter.penalize(KEY);
    limiter.penalize(KEY);
    limiter.penalize(KEY);
    expect(limiter.windowFor(KEY)).toBe(1020);
    expect(limiter.windowFor("other:/path")).toBe(1000);

    const starts: number[] = [];
    const all = Array.from({ length: 3 }, () => limiter.acquire(KEY).then(() => starts.push(Date.now())));
    await vi.advanceTimersByTimeAsync(5_000);
    await Promise.all(all);
    expect(starts[2]! - starts[0]!).toBe(1020);

    const calm = Array.from({ length: 400 }, () => limiter.acquire(KEY));
    await vi.advanceTimersByTimeAsync(300_000);
    await Promise.all(calm);
    expect(limiter.windowFor(KEY)).toBeLessThan(1020);
  });

  it("times a released slot from its answer, so a slow request delays the next window", async () => {
    const limiter = new SlidingWindowRateLimiter({ qps: 1, windowMs: 1000, clock: fakeClock() });
    const release = await limiter.acquire(KEY);
    let second = false;
    const next = limiter.acquire(KEY).then(() => (second = true));
    // The answer took 300 ms: the slot now counts from then.
    await vi.advanceTimersByTimeAsync(300);
    release();
    await vi.advanceTimersByTimeAsync(700);
    expect(second).toBe(false);
    await vi.advanceTimersByTimeAsync(300);
    expect(second).toBe(true);
    await next;
  });
});
