import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * The caller's IP, for the per-IP sign-in limit and the audit trail.
 *
 * Route handlers and server actions under `next start` never see the socket: Next.js sets
 * X-Forwarded-For to the peer's address only when the request has none, and passes a header the
 * client sent through untouched. So the header alone cannot tell a real address from a made-up
 * one, and it is believed only as far as the operator vouches for it:
 *
 * - Without TRUSTED_PROXIES, nobody is vouched for: the caller's IP is unknown (null). The
 *   per-IP limit does not apply and the audit trail records no IP; the per-account limit still
 *   stops password guessing.
 * - With TRUSTED_PROXIES (the reverse proxies in front of Dingcast, each of which appends the
 *   address it received the request from), X-Forwarded-For is read from the right, skipping
 *   trusted proxies; the first other address is the client. Whatever a client wrote further left
 *   is never reached. If every entry is a trusted proxy, the request came from one of them and
 *   its leftmost entry is the answer.
 *
 * This holds only while clients cannot reach Dingcast except through those proxies (bind it to
 * the proxy's network or firewall the port): a direct request could claim to come from a proxy.
 */
export interface TrustedProxies {
  /** The configured entries (IPs and CIDR ranges) as given. */
  readonly entries: readonly string[];
  includes(ip: string): boolean;
}

/** A matcher for TRUSTED_PROXIES-style entries; lib/env.ts has already checked each one. */
export function trustedProxies(entries: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return {
    entries,
    includes: (ip) => isIP(ip) !== 0 && list.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4"),
  };
}

let configured: TrustedProxies | undefined;

/** TRUSTED_PROXIES from the environment, parsed once per process. */
export function configuredTrustedProxies(): TrustedProxies {
  configured ??= trustedProxies(env.TRUSTED_PROXIES ?? []);
  return configured;
}

export function clientIp(
  headers: Pick<Headers, "get"> | null | undefined,
  trusted: TrustedProxies = configuredTrustedProxies(),
): string | null {
  if (!headers || trusted.entries.length === 0) return null;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = normalizeIp(hops[index] ?? "");
    // A trusted proxy writes addresses; anything else here, and everything left of it, is the client's.
    if (!hop) return null;
    if (!trusted.includes(hop) || index === 0) return hop;
  }
  return null;
}

/** An address as people read it (Node reports IPv4 peers as ::ffff:10.0.0.1), or null if it is none. */
function normalizeIp(value: string): string | null {
  const unmapped = value.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(unmapped) === 0 ? null : unmapped;
}

export function normalizeEmail(email: unknown): string {
  return typeof email === "string" ? email.trim().toLowerCase() : "";
}
