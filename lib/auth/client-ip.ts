/**
 * The caller's IP for throttling and the audit trail. `next start` and any reverse proxy in front
 * of it put the peer address in x-forwarded-for; the first entry is the original client.
 * A client can forge that header when nothing in front rewrites it, which is why the per-account
 * limit, not the per-IP one, is what actually stops guessing a password.
 */
export function clientIp(headers: Pick<Headers, "get"> | null | undefined): string | null {
  if (!headers) return null;
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  // Node reports IPv4 peers as IPv4-mapped IPv6 (::ffff:10.0.0.1); people read the IPv4 form.
  const candidate = (forwarded || headers.get("x-real-ip")?.trim() || "").replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  // An IP is short and made of hex digits, dots and colons; anything else is not worth storing.
  return /^[0-9a-fA-F.:]{2,45}$/.test(candidate) ? candidate : null;
}

export function normalizeEmail(email: unknown): string {
  return typeof email === "string" ? email.trim().toLowerCase() : "";
}
