/**
 * Contract test: the official DingTalk SDK (`@alicloud/dingtalk`) against our simulator, then our
 * DingTalkClient making the same calls. If the SDK (DingTalk's own idea of the wire format) is
 * accepted by the simulator, and our client leaves byte-for-byte the same records there, the
 * simulator and the client agree with DingTalk on paths, field names and body shapes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { DingTalkClient } from "@/lib/dingtalk/client";
import { SlidingWindowRateLimiter } from "@/lib/dingtalk/rate-limiter";
import { startSandbox, type RunningSandbox } from "@/lib/sandbox/server";
import { $Im, $OAuth2, $Robot, errorCodeAndStatus, sdkClients, sdkRuntime } from "@/tests/support/sdk";

const APP = { appKey: "sandbox-app-key", appSecret: "sandbox-app-secret" };
const ROBOT = "dingsandboxrobot";
const CID = "cidSdkContractChat";
const MEMBERS = Array.from({ length: 30 }, (_, i) => `${CID}-member-${i}`);
/** 30 readers, 10 per page: the query must follow nextToken over 3 pages. */
const PAGE_SIZE = 10;
// Non-ASCII text on purpose: both clients must put the same UTF-8 JSON on the wire.
const PRIVATE_MSG = {
  robotCode: ROBOT,
  openConversationId: CID,
  coolAppCode: "COOLAPP-1-CONTRACT",
  msgKey: "sampleMarkdown",
};
const PRIVATE_PARAM = { title: "季度公告", text: "## Q3\n请阅读 **全文**" };
const OTO_MSG = { robotCode: ROBOT, userIds: ["user-a", "user-b", "unknown-user-1"], msgKey: "sampleText" };
const OTO_PARAM = { content: "今天吃肘子" };
const BAD_MSG = { ...OTO_MSG, msgKey: "sampleNoSuchKey" };
const CARD = {
  cardTemplateId: "tpl-contract-001",
  outTrackId: "contract-card-1",
  robotCode: ROBOT,
  receiverUserIdList: ["user-a", "user-b"],
  cardData: {
    cardParamMap: { title: "值班表", sys_lastMessageI18n: JSON.stringify({ zh_CN: "值班表", en_US: "Rota" }) },
  },
  privateData: { "user-a": { cardParamMap: { shift: "night" } } },
  userIdType: 1 as const,
  cardOptions: { supportForward: false },
  pullStrategy: false,
};

interface Page {
  readUserIds: string[];
  hasMore: boolean;
  nextToken?: string;
}

/** The four seed APIs plus one failing call, as each client under test spells them. */
interface Driver {
  sendPrivate(): Promise<string>;
  query(processQueryKey: string, nextToken: string | undefined): Promise<Page>;
  batchSend(): Promise<{ processQueryKey: string; invalidStaffIdList: string[] | undefined }>;
  sendCard(): Promise<{ success: boolean | undefined; processQueryKey: string | undefined }>;
  badMsgKey(): Promise<unknown>;
}

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, seed: 1 });
});
afterAll(() => sandbox.close());

async function control(method: "GET" | "POST", path: string, body?: object): Promise<unknown> {
  const res = await fetch(sandbox.url + path, {
    method,
    body: body && JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
  expect(res.status, `${method} ${path}`).toBe(200);
  return res.json();
}

function sdkDriver(): Driver {
  const { robot, im, oauth2 } = sdkClients(sandbox.port);
  // The SDK has no token cache: fetch one and pass it as the header on every call, as its docs do.
  let token: Promise<string> | undefined;
  const accessToken = () =>
    (token ??= oauth2.getAccessToken(new $OAuth2.GetAccessTokenRequest(APP)).then((res) => {
      expect(res.statusCode).toBe(200);
      expect(res.body?.expireIn).toBeGreaterThan(0);
      return res.body?.accessToken ?? "";
    }));
  const robotHeaders = async () => ({ xAcsDingtalkAccessToken: await accessToken() });
  const batch = async (msg: typeof OTO_MSG) =>
    robot.batchSendOTOWithOptions(
      new $Robot.BatchSendOTORequest({ ...msg, msgParam: JSON.stringify(OTO_PARAM) }),
      new $Robot.BatchSendOTOHeaders(await robotHeaders()),
      sdkRuntime(),
    );
  return {
    async sendPrivate() {
      const req = new $Robot.PrivateChatSendRequest({ ...PRIVATE_MSG, msgParam: JSON.stringify(PRIVATE_PARAM) });
      const res = await robot.privateChatSendWithOptions(
        req,
        new $Robot.PrivateChatSendHeaders(await robotHeaders()),
        sdkRuntime(),
      );
      expect(res.statusCode).toBe(200);
      return res.body?.processQueryKey ?? "";
    },
    async query(processQueryKey, nextToken) {
      const req = new $Robot.PrivateChatQueryRequest({
        processQueryKey,
        openConversationId: CID,
        robotCode: ROBOT,
        maxResults: PAGE_SIZE,
        nextToken,
      });
      const res = await robot.privateChatQueryWithOptions(
        req,
        new $Robot.PrivateChatQueryHeaders(await robotHeaders()),
        sdkRuntime(),
      );
      expect(res.body?.sendStatus).toBe("SUCCESS");
      // Returned as the SDK parsed them, undefined included, so the shared checks see its parsing.
      return {
        readUserIds: res.body?.readUserIds ?? [],
        hasMore: res.body?.hasMore ?? false,
        nextToken: res.body?.nextToken,
      };
    },
    async batchSend() {
      const res = await batch(OTO_MSG);
      return { processQueryKey: res.body?.processQueryKey ?? "", invalidStaffIdList: res.body?.invalidStaffIdList };
    },
    async sendCard() {
      // DingTalk's SDK names this path `sendOTOInteractiveCard`; its `sendInteractiveCard` is the
      // group API at /v1.0/im/interactiveCards/send (requires conversationType).
      const req = new $Im.SendOTOInteractiveCardRequest(CARD);
      const res = await im.sendOTOInteractiveCardWithOptions(
        req,
        new $Im.SendOTOInteractiveCardHeaders(await robotHeaders()),
        sdkRuntime(),
      );
      return { success: res.body?.success, processQueryKey: res.body?.result?.processQueryKey };
    },
    badMsgKey: () => batch(BAD_MSG),
  };
}

function clientDriver(): Driver {
  const client = new DingTalkClient({
    baseUrl: sandbox.url,
    credentials: { type: "internal", ...APP },
    limiter: new SlidingWindowRateLimiter(),
  });
  return {
    sendPrivate: async () =>
      (await client.sendPrivateChatMessage({ ...PRIVATE_MSG, msgParam: PRIVATE_PARAM })).processQueryKey,
    query: (processQueryKey, nextToken) =>
      client.queryPrivateChatReads({
        processQueryKey,
        openConversationId: CID,
        robotCode: ROBOT,
        maxResults: PAGE_SIZE,
        nextToken,
      }),
    batchSend: () => client.batchSendOto({ ...OTO_MSG, msgParam: OTO_PARAM }),
    sendCard: async () => {
      const res = await client.sendInteractiveCard(CARD);
      return { success: res.success, processQueryKey: res.result?.processQueryKey };
    },
    badMsgKey: () => client.batchSendOto({ ...BAD_MSG, msgParam: OTO_PARAM }),
  };
}

/**
 * What the simulator recorded. z.object drops unlisted keys, and that is the normalisation:
 * requestId, `at` and readTimestamp are per-run. Everything else must match exactly, including
 * processQueryKeys and nextTokens (derived from the seed and reset with the simulator) and the
 * token header (redacted by the simulator, so only its presence counts).
 */
const recordsSchema = z.object({
  requests: z.array(
    z.object({
      method: z.string(),
      path: z.string(),
      query: z.record(z.string(), z.string()),
      headers: z.record(z.string(), z.string()),
      body: z.unknown(),
      status: z.number(),
      code: z.string().optional(),
    }),
  ),
  deliveries: z.record(
    z.string(),
    z.array(
      z.object({
        processQueryKey: z.string(),
        api: z.string(),
        robotCode: z.string(),
        sendStatus: z.string(),
        readStatus: z.string(),
        msgKey: z.string().optional(),
        msgParam: z.string().optional(),
        cardTemplateId: z.string().optional(),
        outTrackId: z.string().optional(),
        cardParamMap: z.record(z.string(), z.string()).optional(),
        privateData: z.record(z.string(), z.string()).optional(),
        openConversationId: z.string().optional(),
      }),
    ),
  ),
});
type Records = z.infer<typeof recordsSchema>;

/** Fresh simulator state, the same calls in the same order, the answers checked, then the records. */
async function runScenario(driver: Driver): Promise<Records> {
  await control("POST", "/__sandbox/reset");
  // After the reset, which restores the startup options: everyone reads at once, so reads exist.
  await control("POST", "/__sandbox/config", { readShare: 1, readMeanMs: 0 });
  await control("POST", "/__sandbox/conversations", { openConversationId: CID, memberCount: MEMBERS.length });

  const pqk = await driver.sendPrivate();
  expect(pqk).not.toBe("");

  const pages: Page[] = [];
  let nextToken: string | undefined;
  do {
    const page = await driver.query(pqk, nextToken);
    expect(Array.isArray(page.readUserIds)).toBe(true);
    expect(typeof page.hasMore).toBe("boolean");
    pages.push(page);
    nextToken = page.nextToken;
    if (page.hasMore) expect(nextToken).toBeTruthy();
  } while (nextToken && pages.length < 10);
  expect(pages.map((p) => p.readUserIds.length)).toEqual([10, 10, 10]);
  expect(pages.map((p) => p.hasMore)).toEqual([true, true, false]);
  expect(pages.flatMap((p) => p.readUserIds)).toEqual(MEMBERS);

  const oto = await driver.batchSend();
  expect(oto.processQueryKey).not.toBe("");
  expect(oto.invalidStaffIdList).toEqual(["unknown-user-1"]);

  const card = await driver.sendCard();
  expect(card.success).toBe(true);
  expect(card.processQueryKey).toBeTruthy();

  const failure = await driver.badMsgKey().then(
    () => ({ code: "no error thrown", status: 200 }),
    (error: unknown) => errorCodeAndStatus(error),
  );
  expect(failure).toEqual({ code: "invalidParameter.msgKey.invalid", status: 400 });

  return recordsSchema.parse(await control("GET", "/__sandbox/inspect"));
}

const SEQUENCE = [
  "POST /v1.0/oauth2/accessToken 200",
  "POST /v1.0/robot/privateChatMessages/send 200",
  "POST /v1.0/robot/privateChatMessages/query 200",
  "POST /v1.0/robot/privateChatMessages/query 200",
  "POST /v1.0/robot/privateChatMessages/query 200",
  "POST /v1.0/robot/oToMessages/batchSend 200",
  "POST /v1.0/im/privateChat/interactiveCards/send 200",
  "POST /v1.0/robot/oToMessages/batchSend 400",
];

describe("official DingTalk SDK against the sandbox", () => {
  it("is accepted on all four seed APIs, and the SDK parses every answer and error", async () => {
    const records = await runScenario(sdkDriver());

    expect(records.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(SEQUENCE);
    expect(records.requests.at(-1)?.code).toBe("invalidParameter.msgKey.invalid");
    // The SDK sends the token as a header on every authenticated call (the simulator redacts it).
    for (const r of records.requests.slice(1))
      expect(r.headers).toEqual({ "x-acs-dingtalk-access-token": "[redacted]" });
    // msgParam travels as a JSON string, not as an object.
    expect(records.requests[1]?.body).toMatchObject({ msgParam: JSON.stringify(PRIVATE_PARAM) });
    expect(records.deliveries["user-a"]?.map((d) => d.api)).toEqual([
      "/v1.0/robot/oToMessages/batchSend",
      "/v1.0/im/privateChat/interactiveCards/send",
    ]);
    expect(records.deliveries["user-a"]?.[1]).toMatchObject({
      cardParamMap: CARD.cardData.cardParamMap,
      privateData: { shift: "night" },
    });
    expect(records.deliveries["unknown-user-1"]).toBeUndefined();
  });

  it("leaves the same simulator records as DingTalkClient making the same calls", async () => {
    const viaSdk = await runScenario(sdkDriver());
    const viaClient = await runScenario(clientDriver());

    expect(viaClient.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(SEQUENCE);
    // Request by request first, so a mismatch names the call; then everything at once.
    viaSdk.requests.forEach((sdkRequest, i) => expect(viaClient.requests[i], SEQUENCE[i]).toEqual(sdkRequest));
    expect(viaClient.deliveries).toEqual(viaSdk.deliveries);
    expect(Object.keys(viaClient.deliveries)).toHaveLength(MEMBERS.length + 2);
  });
});
