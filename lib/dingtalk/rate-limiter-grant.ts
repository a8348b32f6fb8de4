import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Runs after the limiter granted a call and before its request is written. The fan-out uses it to
 * mark a chunk in flight only once its request may leave: a chunk still waiting for the limiter
 * when its process dies has provably not been sent. A hook that throws stops the call unsent.
 */
export type GrantHook = (key: string) => Promise<void> | void;

const hooks = new AsyncLocalStorage<GrantHook>();

/** Calls `fn` with `hook` told of every grant made to the calls `fn` starts (its async context). */
export function runWithGrantHook<T>(hook: GrantHook, fn: () => Promise<T>): Promise<T> {
  return hooks.run(hook, fn);
}

/** Every RateLimiter calls this after a grant, in the acquirer's async context. */
export async function announceGrant(key: string): Promise<void> {
  await hooks.getStore()?.(key);
}
