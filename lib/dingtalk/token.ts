import "server-only";

interface InternalAppCredentials {
  type: "internal";
  appKey: string;
  appSecret: string;
}

interface ThirdPartyAppCredentials {
  type: "third-party";
  suiteKey: string;
  suiteSecret: string;
  authCorpId: string;
  /** DingTalk pushes a new suite ticket about every 20 minutes, so it may be read fresh per refresh. */
  suiteTicket: string | (() => string | Promise<string>);
}

export type DingTalkCredentials = InternalAppCredentials | ThirdPartyAppCredentials;

/** Cache, limiter and ledger key of a credential: one token and one QPS budget per app (and corp). */
export function credentialKey(credentials: DingTalkCredentials): string {
  return credentials.type === "internal" ? credentials.appKey : `${credentials.suiteKey}@${credentials.authCorpId}`;
}

/** What the token endpoints answer: `expireIn` in seconds (7200 today). */
export interface TokenGrant {
  accessToken: string;
  expireIn: number;
}

interface CachedToken {
  token: string;
  expiresAt: number;
  refreshAt: number;
}

export interface TokenCacheOptions {
  now?: () => number;
  /** Refresh this long before expiry, capped at 10% of the token's lifetime. Default 5 minutes. */
  refreshMarginMs?: number;
  /** After a failed refresh while the old token is still valid, keep using it this long before trying again. */
  failedRefreshBackoffMs?: number;
}

/**
 * Access tokens per credential key, refreshed before they expire, one refresh at a time: however
 * many calls find the cache cold or stale, they share one token request. Share one instance
 * across clients of the same app so the app keeps one token.
 */
export class TokenCache {
  private readonly entries = new Map<string, CachedToken>();
  private readonly inflight = new Map<string, Promise<CachedToken>>();
  private readonly now: () => number;
  private readonly refreshMarginMs: number;
  private readonly failedRefreshBackoffMs: number;

  constructor(options: TokenCacheOptions = {}) {
    this.now = options.now ?? Date.now;
    this.refreshMarginMs = options.refreshMarginMs ?? 5 * 60_000;
    this.failedRefreshBackoffMs = options.failedRefreshBackoffMs ?? 30_000;
  }

  async get(key: string, fetchToken: () => Promise<TokenGrant>): Promise<string> {
    const cached = this.entries.get(key);
    if (cached && this.now() < cached.refreshAt) return cached.token;
    try {
      return (await this.refresh(key, fetchToken)).token;
    } catch (error) {
      // DingTalk briefly unreachable near the end of a token's life: the old one still works.
      const current = this.entries.get(key);
      const now = this.now();
      if (current && now < current.expiresAt) {
        current.refreshAt = Math.min(current.expiresAt, now + this.failedRefreshBackoffMs);
        return current.token;
      }
      throw error;
    }
  }

  /**
   * Forget `token` after DingTalk rejected it, but only if it is still the cached one: when many
   * calls fail with the same old token, the first invalidates and refreshes, the others find the
   * new token already in place instead of refreshing again.
   */
  invalidate(key: string, token: string): void {
    if (this.entries.get(key)?.token === token) this.entries.delete(key);
  }

  /**
   * Fetches a new token now, even if the cached one is still good (sharing a refresh already
   * running), and fails loudly: this is how "Test connection" proves the credentials work today.
   */
  forceRefresh(key: string, fetchToken: () => Promise<TokenGrant>): Promise<string> {
    return this.refresh(key, fetchToken).then((entry) => entry.token);
  }

  private refresh(key: string, fetchToken: () => Promise<TokenGrant>): Promise<CachedToken> {
    const running = this.inflight.get(key);
    if (running) return running;
    const requestedAt = this.now();
    const promise = fetchToken()
      .then((grant) => {
        const lifetimeMs = grant.expireIn * 1000;
        const margin = Math.min(this.refreshMarginMs, lifetimeMs * 0.1);
        // Measured from when we asked, not when the answer arrived: the server's clock started first.
        const entry: CachedToken = {
          token: grant.accessToken,
          expiresAt: requestedAt + lifetimeMs,
          refreshAt: requestedAt + lifetimeMs - margin,
        };
        this.entries.set(key, entry);
        return entry;
      })
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, promise);
    return promise;
  }
}
