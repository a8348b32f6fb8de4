import { isRecord } from "./validation/common";

export interface RequestLogEntry {
  requestId: string;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  status: number;
  code?: string;
  fault?: string;
  at: number;
}

/** Bodies bigger than this are replaced by a marker; the log is for debugging, not archiving. */
const MAX_LOGGED_BODY_CHARS = 8 * 1024;

/**
 * Everything the simulator received. Counters cover every request forever; full entries (with
 * bodies) only the last `limit`, so a 100,000-recipient run does not keep 5,000 bodies around.
 */
export class RequestLog {
  private ring: RequestLogEntry[] = [];
  total = 0;
  readonly byPath = new Map<string, { total: number; status: Record<string, number> }>();
  readonly status: Record<string, number> = {};
  readonly codes: Record<string, number> = {};

  constructor(private limit: number) {}

  reset(): void {
    this.ring = [];
    this.total = 0;
    this.byPath.clear();
    for (const k of Object.keys(this.status)) delete this.status[k];
    for (const k of Object.keys(this.codes)) delete this.codes[k];
  }

  setLimit(limit: number): void {
    this.limit = limit;
    if (this.ring.length > limit) this.ring = this.ring.slice(this.ring.length - limit);
  }

  record(entry: RequestLogEntry): void {
    this.total++;
    const key = String(entry.status);
    this.status[key] = (this.status[key] ?? 0) + 1;
    if (entry.code) this.codes[entry.code] = (this.codes[entry.code] ?? 0) + 1;
    let p = this.byPath.get(entry.path);
    if (!p) {
      p = { total: 0, status: {} };
      this.byPath.set(entry.path, p);
    }
    p.total++;
    p.status[key] = (p.status[key] ?? 0) + 1;
    this.ring.push(entry);
    if (this.ring.length > this.limit) this.ring.shift();
  }

  entries(since?: number, limit?: number): RequestLogEntry[] {
    const list = since === undefined ? this.ring : this.ring.filter((e) => e.at >= since);
    return limit === undefined ? [...list] : list.slice(Math.max(0, list.length - limit));
  }

  stats(): {
    total: number;
    callsByPath: Record<string, number>;
    statusByPath: Record<string, Record<string, number>>;
    statusCounts: Record<string, number>;
    codeCounts: Record<string, number>;
  } {
    const callsByPath: Record<string, number> = {};
    const statusByPath: Record<string, Record<string, number>> = {};
    for (const [path, p] of this.byPath) {
      callsByPath[path] = p.total;
      statusByPath[path] = { ...p.status };
    }
    return {
      total: this.total,
      callsByPath,
      statusByPath,
      statusCounts: { ...this.status },
      codeCounts: { ...this.codes },
    };
  }
}

/** The log must never hold a secret: app secrets in token requests are masked, oversized bodies cut. */
export function redactBody(path: string, raw: string | undefined, parsed: unknown): unknown {
  if (raw === undefined || raw === "") return undefined;
  if (raw.length > MAX_LOGGED_BODY_CHARS) return { truncated: true, chars: raw.length };
  if (parsed === undefined) return { unparsable: raw.slice(0, 200) };
  if (path === "/v1.0/oauth2/accessToken" && isRecord(parsed)) {
    return { ...parsed, ...(parsed.appSecret !== undefined ? { appSecret: "[redacted]" } : {}) };
  }
  return parsed;
}
