/**
 * Two kinds of randomness, both reproducible under `seed`:
 * - a sequential PRNG (mulberry32) for per-request fault draws, where order of arrival is the input;
 * - stateless hashes for per-recipient outcomes (flow control, read curve), so 100,000 recipients
 *   need no stored randomness and the answer for one user never depends on how many others exist.
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** cyrb53: fast, well-mixed 53-bit string hash; plenty for simulation, not for security. */
export function hash53(str: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Uniform in [0, 1), determined by the seed and the parts. */
export function unitHash(seed: number, ...parts: string[]): number {
  return hash53(parts.join("\u0000"), seed) / 2 ** 53;
}
