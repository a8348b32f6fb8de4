import { unitHash } from "./prng";

export interface ReadCurve {
  readShare: number;
  readMeanMs: number;
  readMinMs: number;
}

/**
 * When (ms after delivery) `userId` reads message `pqk`, or null if they never do.
 * Computed on demand from a hash, so a 100,000-recipient message costs nothing until someone asks.
 * The delay is readMinMs plus an exponential with mean readMeanMs: most people read soon, a long
 * tail reads much later, which is what read-status polling has to cope with.
 */
function readDelayMs(seed: number, pqk: string, userId: string, curve: ReadCurve): number | null {
  if (unitHash(seed, "reads", pqk, userId) >= curve.readShare) return null;
  const u = unitHash(seed, "delay", pqk, userId);
  return curve.readMinMs + Math.floor(-Math.log(1 - u) * curve.readMeanMs);
}

/** Read timestamp (epoch ms) as seen at `now`, or null while unread. */
export function readAt(
  seed: number,
  pqk: string,
  userId: string,
  deliveredAt: number,
  curve: ReadCurve,
  now: number,
): number | null {
  const delay = readDelayMs(seed, pqk, userId, curve);
  if (delay === null) return null;
  const at = deliveredAt + delay;
  return at <= now ? at : null;
}
