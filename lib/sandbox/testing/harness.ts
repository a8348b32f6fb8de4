/**
 * Test harness for the sandbox's own tests: a running simulator on an ephemeral port and a tiny
 * fetch wrapper. Everything goes over real HTTP; nothing here touches simulator internals.
 */
import { afterEach, expect } from "vitest";
import { startSandbox, type RunningSandbox } from "../server";
import type { SandboxOptions } from "../options";

export const APP = { appKey: "sandbox-app-key", appSecret: "sandbox-app-secret" } as const;
export const ROBOT = "dingsandboxrobot";
const TOKEN_HEADER = "x-acs-dingtalk-access-token";

export const PATHS = {
  token: "/v1.0/oauth2/accessToken",
  batchSend: "/v1.0/robot/oToMessages/batchSend",
  readStatus: "/v1.0/robot/oToMessages/readStatus",
  otoRecall: "/v1.0/robot/otoMessages/batchRecall",
  privateSend: "/v1.0/robot/privateChatMessages/send",
  privateQuery: "/v1.0/robot/privateChatMessages/query",
  privateRecall: "/v1.0/robot/privateChatMessages/batchRecall",
  interactiveCard: "/v1.0/im/privateChat/interactiveCards/send",
  createAndDeliver: "/v1.0/card/instances/create-and-deliver",
} as const;

/** A sampleText message from ROBOT, as the send APIs take it (msgParam a JSON string). */
export function textMessage(content: string): { robotCode: string; msgKey: string; msgParam: string } {
  return { robotCode: ROBOT, msgKey: "sampleText", msgParam: JSON.stringify({ content }) };
}

interface Reply<T> {
  status: number;
  body: T;
  requestId: string | null;
}

export interface ErrorBody {
  code: string;
  message: string;
  requestid: string;
}

export interface BatchSendBody {
  processQueryKey: string;
  invalidStaffIdList?: string[];
  flowControlledStaffIdList?: string[];
}

export interface ReadStatusBody {
  sendStatus: string;
  messageReadInfoList: { name: string; userId: string; readStatus: string; readTimestamp?: number }[];
}

export interface QueryBody {
  sendStatus: string;
  readUserIds: string[];
  nextToken?: string;
  hasMore: boolean;
}

export interface RecallBody {
  successResult: string[];
  failedResult: Record<string, string>;
}

export interface DeliverResult {
  spaceType: string;
  spaceId: string;
  success: boolean;
  carrierId?: string;
  errorMsg?: string;
}

interface Summary {
  totalDeliveries: number;
  distinctUsers: number;
  messages: number;
  recalledMessages: number;
  perUserCounts: Record<string, number>;
  maxPerUser: number;
  perUser?: Record<string, number>;
  duplicates: { users: number; extraDeliveries: number; sample: { userId: string; deliveries: number }[] };
  totalRequests: number;
  callsByPath: Record<string, number>;
  statusCounts: Record<string, number>;
  codeCounts: Record<string, number>;
}

interface DeliveryView {
  processQueryKey: string;
  api: string;
  robotCode: string;
  at: number;
  sendStatus: string;
  msgKey?: string;
  msgParam?: string;
  cardTemplateId?: string;
  outTrackId?: string;
  cardParamMap?: Record<string, string>;
  privateData?: Record<string, string>;
  openConversationId?: string;
  readStatus: string;
}

interface InspectBody {
  requests: {
    path: string;
    status: number;
    code?: string;
    body: unknown;
    headers: Record<string, string>;
    fault?: string;
  }[];
  totalDeliveries: number;
  deliveries: Record<string, DeliveryView[]>;
}

export interface Harness {
  sb: RunningSandbox;
  url: string;
  token: string;
  post<T>(path: string, body: unknown, opts?: { token?: string | null; raw?: string }): Promise<Reply<T>>;
  get<T>(pathAndQuery: string, opts?: { token?: string | null }): Promise<Reply<T>>;
  fetchToken(): Promise<string>;
  configure(patch: unknown): Promise<Reply<unknown>>;
  summary(query?: string): Promise<Summary>;
  inspect(query?: string): Promise<InspectBody>;
  text(msg: string): { robotCode: string; msgKey: string; msgParam: string };
  close(): Promise<void>;
}

async function reply<T>(res: Response): Promise<Reply<T>> {
  const text = await res.text();
  return {
    status: res.status,
    body: (text === "" ? undefined : JSON.parse(text)) as T,
    requestId: res.headers.get("x-acs-request-id"),
  };
}

/** Starts a sandbox and fetches a token (token endpoint calls count in the request stats). */
export async function boot(options: SandboxOptions = {}, fetchTokenFirst = true): Promise<Harness> {
  const sb = await startSandbox({ port: 0, ...options });
  let closed: Promise<void> | undefined;
  const h: Harness = {
    sb,
    url: sb.url,
    token: "",
    async post<T>(path: string, body: unknown, opts: { token?: string | null; raw?: string } = {}) {
      const token = opts.token === undefined ? h.token : opts.token;
      const res = await fetch(sb.url + path, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { [TOKEN_HEADER]: token } : {}) },
        body: opts.raw ?? JSON.stringify(body),
      });
      return reply<T>(res);
    },
    async get<T>(pathAndQuery: string, opts: { token?: string | null } = {}) {
      const token = opts.token === undefined ? h.token : opts.token;
      const res = await fetch(sb.url + pathAndQuery, { headers: token ? { [TOKEN_HEADER]: token } : {} });
      return reply<T>(res);
    },
    async fetchToken() {
      const r = await h.post<{ accessToken: string; expireIn: number }>(PATHS.token, APP, { token: null });
      if (r.status !== 200) throw new Error(`token failed: ${r.status} ${JSON.stringify(r.body)}`);
      h.token = r.body.accessToken;
      return h.token;
    },
    configure: (patch) => h.post<unknown>("/__sandbox/config", patch, { token: null }),
    async summary(query = "") {
      return (await h.get<Summary>(`/__sandbox/inspect?summary=1${query}`, { token: null })).body;
    },
    async inspect(query = "") {
      return (await h.get<InspectBody>(`/__sandbox/inspect${query}`, { token: null })).body;
    },
    text: textMessage,
    // Once: sandboxPerTest closes every harness it booted, also one its test already closed.
    close: () => (closed ??= sb.close()),
  };
  if (fetchTokenFirst) await h.fetchToken();
  return h;
}

/**
 * `boot` for a file whose tests each start their own sandbox: every sandbox booted through it is
 * closed after the test that booted it.
 */
export function sandboxPerTest(): typeof boot {
  const running: Harness[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((h) => h.close()));
  });
  return async (options, fetchTokenFirst) => {
    const h = await boot(options, fetchTokenFirst);
    running.push(h);
    return h;
  };
}

/** The call is refused with HTTP 400 and DingTalk's `code`. */
export async function expectError(h: Harness, path: string, body: unknown, code: string): Promise<void> {
  const r = await h.post<ErrorBody>(path, body);
  expect({ status: r.status, code: r.body.code }).toEqual({ status: 400, code });
}

/** A clock tests can move; the simulator reads it for tokens, TTLs and reads (not for QPS). */
export function manualClock(start = Date.UTC(2030, 0, 1)): {
  now: () => number;
  advance(ms: number): void;
  set(t: number): void;
} {
  let t = start;
  return {
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
    set: (v) => {
      t = v;
    },
  };
}

export function users(n: number, prefix = "user"): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${i}`);
}
