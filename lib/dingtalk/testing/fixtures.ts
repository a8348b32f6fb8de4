import "server-only";
import { afterEach, beforeEach } from "vitest";
import { DingTalkClient, type DingTalkClientOptions } from "../client";
import type { ApiCallLedger, ApiCallRecord } from "../http";
import { DINGTALK_PATHS } from "../paths";
import { unlimitedRateLimiter } from "../rate-limiter";
import type { DingTalkLogger } from "../redact";
import { startFakeServer, type FakeHandler, type FakeServer } from "./fake-server";

export const TEST_APP_KEY = "dingtestappkey01";
export const TEST_APP_SECRET = "S3cr3t-app-secret-DO-NOT-LOG-9f8e7d";

/** Token route answering a new token per request: `${prefix}-${n}`. */
export function tokenIssuer(options: { prefix?: string; expireIn?: number; delayMs?: number } = {}): FakeHandler {
  const prefix = options.prefix ?? "access-token";
  return (_request, nth) => ({
    json: { accessToken: `${prefix}-${nth}`, expireIn: options.expireIn ?? 7200 },
    delayMs: options.delayMs,
  });
}

export class MemoryLedger implements ApiCallLedger {
  readonly entries: ApiCallRecord[] = [];
  record(entry: ApiCallRecord): void {
    this.entries.push(entry);
  }
}

/** Records every log line as the JSON text a log shipper would see. */
export class CaptureLogger implements DingTalkLogger {
  readonly lines: string[] = [];
  private write(level: string, obj: object, msg?: string): void {
    this.lines.push(JSON.stringify({ level, ...obj, msg }));
  }
  debug(obj: object, msg?: string): void {
    this.write("debug", obj, msg);
  }
  info(obj: object, msg?: string): void {
    this.write("info", obj, msg);
  }
  warn(obj: object, msg?: string): void {
    this.write("warn", obj, msg);
  }
  error(obj: object, msg?: string): void {
    this.write("error", obj, msg);
  }
}

/** A client against `server` with tiny backoff delays and a sleep that records instead of waiting long. */
export function createTestClient(server: FakeServer, overrides: Partial<DingTalkClientOptions> = {}) {
  const sleeps: number[] = [];
  const client = new DingTalkClient({
    baseUrl: server.url,
    credentials: { type: "internal", appKey: TEST_APP_KEY, appSecret: TEST_APP_SECRET },
    limiter: unlimitedRateLimiter,
    retry: { maxAttempts: 4, baseDelayMs: 2, maxDelayMs: 20 },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  });
  return { client, sleeps };
}

export function routeToken(server: FakeServer, handler: FakeHandler = tokenIssuer()): void {
  server.route("POST", DINGTALK_PATHS.accessToken, handler);
}

/**
 * A fresh fake server for every test of the file or describe block that calls this, closed after
 * the test; `use` receives each one. It answers the token route unless `token` is false (the token
 * tests script their own).
 */
export function fakeServerPerTest(use: (server: FakeServer) => void, options: { token?: boolean } = {}): void {
  let server: FakeServer | undefined;
  beforeEach(async () => {
    server = await startFakeServer();
    if (options.token !== false) routeToken(server);
    use(server);
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
}
