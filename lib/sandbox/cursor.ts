import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * nextToken for privateChatMessages/query. DingTalk calls it an encrypted credential; clients must
 * treat it as opaque, so it is `base64url(payload).base64url(hmac)`, bound to one processQueryKey.
 * The position is an index into the recipient list (not into the readers), so readers who appear
 * while a client pages never shift later pages.
 */
export function encodeCursor(secret: Buffer, pqk: string, position: number): string {
  const payload = Buffer.from(JSON.stringify({ k: pqk, p: position })).toString("base64url");
  return `${payload}.${sign(secret, payload)}`;
}

/** The position, or null for anything forged, damaged or minted for another processQueryKey. */
export function decodeCursor(secret: Buffer, token: string, pqk: string): number | null {
  const dot = token.indexOf(".");
  if (dot <= 0) return null;
  const payload = token.slice(0, dot);
  // Compare the text, not decoded bytes: base64 decoders ignore trailing junk characters.
  const given = Buffer.from(token.slice(dot + 1), "utf8");
  const expected = Buffer.from(sign(secret, payload), "utf8");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null) return null;
  const { k, p } = parsed as { k?: unknown; p?: unknown };
  if (k !== pqk || typeof p !== "number" || !Number.isInteger(p) || p < 0) return null;
  return p;
}

function sign(secret: Buffer, payload: string): string {
  return createHmac("sha256", secret).update(payload).digest().subarray(0, 18).toString("base64url");
}
