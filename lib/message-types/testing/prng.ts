/**
 * The seeded generator is the sandbox's mulberry32 (lib/sandbox/prng.ts, where production code can
 * import it): a failing random case can be replayed from its seed.
 */
export { mulberry32 as seededRandom } from "@/lib/sandbox/prng";

export function pick<T>(random: () => number, items: readonly T[]): T {
  if (items.length === 0) throw new Error("pick from an empty list");
  // The index is always in range; the cast only undoes noUncheckedIndexedAccess (T may include undefined).
  return items[Math.floor(random() * items.length)] as T;
}
