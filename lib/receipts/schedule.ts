/** DingTalk answers read queries for 24 hours after a send; after that tracking ends. */
export const READ_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Someone looking at the page may trigger a poll, but not more often than this per message. */
export const ON_DEMAND_MIN_INTERVAL_MS = 30_000;
/** A poll in flight longer than this is presumed lost with its worker. */
export const POLL_LEASE_MS = 5 * 60_000;

/** A poll that cost N calls waits at least N times this before the next one. */
export const MS_PER_POLL_CALL = 1_000;

/**
 * When to look again: often while most reads happen (the first minutes), rarely later; and never
 * sooner than one second per call the last poll cost, because a poll of a 100,000-recipient
 * batchSend costs up to 5,000 calls of a 5,000-a-month quota. Small messages are polled briskly,
 * big ones sparingly.
 */
export function nextPollDelayMs(ageMs: number, lastPollCalls = 0): number {
  const byAge =
    ageMs < 5 * 60_000
      ? 30_000
      : ageMs < 60 * 60_000
        ? 2 * 60_000
        : ageMs < 6 * 60 * 60_000
          ? 15 * 60_000
          : 60 * 60_000;
  return Math.max(byAge, lastPollCalls * MS_PER_POLL_CALL);
}
