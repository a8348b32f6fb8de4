import "server-only";
import { announceGrant } from "./rate-limiter-grant";

/**
 * Waits until one more call may start. `key` is `${appKey}:${apiPath}`: DingTalk limits each API
 * separately per app. A distributed deployment can plug in its own implementation; every
 * implementation calls `announceGrant(key)` after a grant (see rate-limiter-grant.ts).
 */
/** Call when the answer arrived: the call's slot then counts from that moment, not from its start. */
export type ReleaseSlot = () => void;

export interface RateLimiter {
  acquire(key: string, signal?: AbortSignal): Promise<ReleaseSlot>;
  /** DingTalk refused a call of this key for QPS although we paced it: pace it more loosely. */
  penalize?(key: string): void;
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
  /**
   * Each QPS refusal widens that key's window by this much (up to maxWindowMs); every 200 calls
   * without one narrow it by 1 ms again. Event-loop stalls between granting a call and writing it
   * to the socket vary by machine and load, so the margin adapts instead of being guessed.
   */
  penaltyMs?: number;
  maxWindowMs?: number;
}

interface Waiter {
  resolve: (release: ReleaseSlot) => void;
  reject: (reason: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
  settled: boolean;
}

interface KeyState {
  limit: number;
  /** Start times inside the current window, oldest first; `head` skips expired ones without shifting. */
  /** Slots in the window, oldest first; a released slot's time moves to when its answer came. */
  starts: { t: number }[];
  head: number;
  windowMs: number;
  grantsSincePenalty: number;
  waiters: Waiter[];
  waitersHead: number;
  timer: unknown;
}

const DEFAULT_QPS = 20;
// Slots are timed from the answer (see recordStart), so only clock granularity needs a margin.
const DEFAULT_WINDOW_MS = 1001;
/** Widening of one key's window per QPS refusal, and the widest it may get. */
export const DEFAULT_PENALTY_MS = 10;
export const DEFAULT_MAX_WINDOW_MS = 1200;

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
  private readonly penaltyMs: number;
  private readonly maxWindowMs: number;
  private readonly keys = new Map<string, KeyState>();

  constructor(options: SlidingWindowRateLimiterOptions = {}) {
    this.qps = options.qps ?? DEFAULT_QPS;
    this.qpsByPath = options.qpsByPath ?? {};
    this.windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
    this.clock = options.clock ?? systemClock;
    this.penaltyMs = options.penaltyMs ?? DEFAULT_PENALTY_MS;
    this.maxWindowMs = options.maxWindowMs ?? DEFAULT_MAX_WINDOW_MS;
    if (!(this.qps > 0) || !(this.windowMs > 0))
      throw new Error("SlidingWindowRateLimiter needs qps > 0 and windowMs > 0");
  }

  async acquire(key: string, signal?: AbortSignal): Promise<ReleaseSlot> {
    const release = await this.grant(key, signal);
    await announceGrant(key);
    return release;
  }

  private grant(key: string, signal?: AbortSignal): Promise<ReleaseSlot> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const state = this.stateFor(key);
    const now = this.clock.now();
    this.expire(state, now);
    if (this.pendingWaiters(state) === 0 && this.inWindow(state) < state.limit) {
      return Promise.resolve(this.recordStart(state, now));
    }
    return new Promise<ReleaseSlot>((resolve, reject) => {
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
      state = {
        limit: this.limitFor(key),
        starts: [],
        head: 0,
        windowMs: this.windowMs,
        grantsSincePenalty: 0,
        waiters: [],
        waitersHead: 0,
        timer: null,
      };
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

  penalize(key: string): void {
    const state = this.stateFor(key);
    state.windowMs = Math.min(this.maxWindowMs, state.windowMs + this.penaltyMs);
    state.grantsSincePenalty = 0;
  }

  /** The window currently in force for a key (for tests and diagnostics). */
  windowFor(key: string): number {
    return this.keys.get(key)?.windowMs ?? this.windowMs;
  }

  /**
   * DingTalk counts a call when it arrives, which is somewhere between our start and the answer.
   * Timing the slot from the answer makes the window hold whatever delay the event loop or the
   * network added before the request left, so pacing can never be squeezed into a refusal.
   */
  private recordStart(state: KeyState, now: number): ReleaseSlot {
    const slot = { t: now };
    state.starts.push(slot);
    state.grantsSincePenalty += 1;
    if (state.grantsSincePenalty >= 200 && state.windowMs > this.windowMs) {
      state.windowMs -= 1;
      state.grantsSincePenalty = 0;
    }
    return () => {
      slot.t = Math.max(slot.t, this.clock.now());
    };
  }

  private expire(state: KeyState, now: number): void {
    const cutoff = now - state.windowMs;
    while (state.head < state.starts.length && (state.starts[state.head]?.t ?? Infinity) <= cutoff) state.head++;
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
      waiter.resolve(this.recordStart(state, now));
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
    const oldest = state.starts[state.head]?.t;
    const delay = oldest === undefined ? 0 : Math.max(0, Math.ceil(oldest + state.windowMs - this.clock.now()));
    state.timer = this.clock.setTimeout(() => this.pump(state), delay);
  }
}

/** For tests and scripts that must not be throttled. */
export const unlimitedRateLimiter: RateLimiter = {
  async acquire(key, signal) {
    if (signal?.aborted) throw signal.reason;
    await announceGrant(key);
    return () => undefined;
  },
};
