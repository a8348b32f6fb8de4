/**
 * Reads a 256-bit key written as 64 hex characters or as base64 (standard or URL-safe).
 * Returns null for anything else, so lib/env.ts can reject it with one sentence.
 */
export function decodeEncryptionKey(text: string): Buffer | null {
  const value = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, "hex");
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return null;
  const bytes = Buffer.from(value.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  return bytes.length === 32 ? bytes : null;
}
