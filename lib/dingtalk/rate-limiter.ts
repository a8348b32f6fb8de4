import "server-only";

/**
 * Waits until one more call may start. `key` is `${appKey}:${apiPath}`: DingTalk limits each API
 * separately per app. A distributed deployment can plug in its own implementation.
 */
export interface RateLimiter {
  acquire(key: string, signal?: AbortSignal): Promise<void>;
}

/** Clock and timers, injectable so tests can drive the limiter with fake time. */
export interface LimiterClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const systemClock: LimiterClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A pending limiter wake-up must not keep a finished process (tests, scripts) alive.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SlidingWindowRateLimiterOptions {
  /** Starts allowed per window and key (DingTalk default: 20 per app and API). */
  qps?: number;
  /** Overrides by API path, e.g. { "/v1.0/robot/oToMessages/batchSend": 60 }. */
  qpsByPath?: Readonly<Record<string, number>>;
  /**
   * DingTalk counts arrivals per second; network jitter can bunch requests we spaced exactly 1 s
   * apart, so the window is a little longer than a second.
   */
  windowMs?: number;
  clock?: LimiterClock;
}

interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
  settled: boolean;
}

interface KeyState {
  limit: number;
  /** Start times inside the current window, oldest first; `head` skips expired ones without shifting. */
  starts: number[];
  head: number;
  waiters: Waiter[];
  waitersHead: number;
  timer: unknown;
}

export const DEFAULT_QPS = 20;
export const DEFAULT_WINDOW_MS = 1025;

/**
 * At most `qps` starts in any sliding window of `windowMs`, per key, granted in FIFO order.
 * Waiters sleep on a single timer per key that fires when the oldest start leaves the window,
 * so thousands of waiters cost no CPU while they wait.
 */
export class SlidingWindowRateLimiter implements RateLimiter {
  private readonly qps: number;
  private readonly qpsByPath: Readonly<Record<string, number>>;
  private readonly windowMs: number;
  private readonly clock: LimiterClock;
  private readonly keys = new Map<string, KeyState>();

  constructor(options: SlidingWindowRateLimiterOptions = {}) {
    this.qps = options.qps ?? DEFAULT_QPS;
    this.qpsByPath = options.qpsByPath ?? {};
    this.windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
    this.clock = options.clock ?? systemClock;
    if (!(this.qps > 0) || !(this.windowMs > 0)) throw new Error("SlidingWindowRateLimiter needs qps > 0 and windowMs > 0");
  }

  acquire(key: string, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const state = this.stateFor(key);
    const now = this.clock.now();
    this.expire(state, now);
    if (this.pendingWaiters(state) === 0 && this.inWindow(state) < state.limit) {
      state.starts.push(now);
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal, settled: false };
      if (signal) {
        waiter.onAbort = () => {
          if (waiter.settled) return;
          // Left in the queue and skipped when reached: O(1) instead of splicing a long queue.
          waiter.settled = true;
          reject(signal.reason);
        };
        signal.addEventListener("abort", waiter.onAbort, { once: true });
      }
      state.waiters.push(waiter);
      this.schedule(state);
    });
  }

  private stateFor(key: string): KeyState {
    let state = this.keys.get(key);
    if (!state) {
      state = { limit: this.limitFor(key), starts: [], head: 0, waiters: [], waitersHead: 0, timer: null };
      this.keys.set(key, state);
    }
    return state;
  }

  private limitFor(key: string): number {
    // The key is `${appKey}:${apiPath}` and every DingTalk path starts with "/".
    const pathStart = key.indexOf(":/");
    const path = pathStart >= 0 ? key.slice(pathStart + 1) : key;
    const override = this.qpsByPath[path];
    return override !== undefined && override > 0 ? override : this.qps;
  }

  private inWindow(state: KeyState): number {
    return state.starts.length - state.head;
  }

  private pendingWaiters(state: KeyState): number {
    while (state.waitersHead < state.waiters.length && state.waiters[state.waitersHead]?.settled) state.waitersHead++;
    return state.waiters.length - state.waitersHead;
  }

  private expire(state: KeyState, now: number): void {
    const cutoff = now - this.windowMs;
    while (state.head < state.starts.length && (state.starts[state.head] ?? Infinity) <= cutoff) state.head++;
    if (state.head > 64 && state.head * 2 > state.starts.length) {
      state.starts = state.starts.slice(state.head);
      state.head = 0;
    }
  }

  private pump(state: KeyState): void {
    state.timer = null;
    const now = this.clock.now();
    this.expire(state, now);
    while (this.pendingWaiters(state) > 0 && this.inWindow(state) < state.limit) {
      const waiter = state.waiters[state.waitersHead++];
      if (!waiter) break;
      waiter.settled = true;
      if (waiter.signal && waiter.onAbort) waiter.signal.removeEventListener("abort", waiter.onAbort);
      state.starts.push(now);
      waiter.resolve();
    }
    if (state.waitersHead > 64 && state.waitersHead * 2 > state.waiters.length) {
      state.waiters = state.waiters.slice(state.waitersHead);
      state.waitersHead = 0;
    }
    this.schedule(state);
  }

  /** One timer per key, set for the moment the oldest start in the window expires. */
  private schedule(state: KeyState): void {
    if (state.timer !== null || this.pendingWaiters(state) === 0) return;
    const oldest = state.starts[state.head];
    const delay = oldest === undefined ? 0 : Math.max(0, Math.ceil(oldest + this.windowMs - this.clock.now()));
    state.timer = this.clock.setTimeout(() => this.pump(state), delay);
  }
}

/** For tests and scripts that must not be throttled. */
export const unlimitedRateLimiter: RateLimiter = {
  acquire: (_key, signal) => (signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve()),
};
