import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PATHS, ROBOT, boot, users, type BatchSendBody, type ErrorBody, type Harness } from "./testing/harness";

let h: Harness;
beforeAll(async () => {
  h = await boot({ qps: 10_000 });
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.post("/__sandbox/reset", { keepTokens: true, keepConfig: true }, { token: null });
});

const base = { robotCode: ROBOT, userIds: ["u1"], msgKey: "sampleText", msgParam: JSON.stringify({ content: "hi" }) };
const sendRaw = (body: unknown) => h.post<ErrorBody & BatchSendBody>(PATHS.batchSend, body);

async function expectError(body: unknown, code: string, status = 400): Promise<void> {
  const r = await sendRaw(body);
  expect({ status: r.status, code: r.body.code }).toEqual({ status, code });
  expect(r.body.requestid).toBe(r.requestId);
}

describe("batchSend request validation", () => {
  it("robotCode missing -> invalidParameter.robotCode.empty", () =>
    expectError({ ...base, robotCode: undefined }, "invalidParameter.robotCode.empty"));
  it("unknown robotCode -> invalidParameter.robotCode.notExsit", () =>
    expectError({ ...base, robotCode: "nobot" }, "invalidParameter.robotCode.notExsit"));
  it("userIds empty -> invalidParameter.userIds.empty", () =>
    expectError({ ...base, userIds: [] }, "invalidParameter.userIds.empty"));
  it("userIds missing -> invalidParameter.userIds.empty", () =>
    expectError({ ...base, userIds: undefined }, "invalidParameter.userIds.empty"));
  it("21 userIds -> invalidParameter.userIds.overMax", () =>
    expectError({ ...base, userIds: users(21) }, "invalidParameter.userIds.overMax"));
  it("a blank userId -> invalidParameter.userId.empty", () =>
    expectError({ ...base, userIds: ["u1", ""] }, "invalidParameter.userId.empty"));
  it("msgKey missing -> invalidParameter.msgKey.empty", () =>
    expectError({ ...base, msgKey: undefined }, "invalidParameter.msgKey.empty"));
  it("unknown msgKey -> invalidParameter.msgKey.invalid", () =>
    expectError({ ...base, msgKey: "sampleNope" }, "invalidParameter.msgKey.invalid"));
  it("msgParam not JSON -> invalidParameter.msgParam.invalid", () =>
    expectError({ ...base, msgParam: "{content:" }, "invalidParameter.msgParam.invalid"));
  it("msgParam a JSON array -> invalidParameter.msgParam.invalid", () =>
    expectError({ ...base, msgParam: "[1]" }, "invalidParameter.msgParam.invalid"));
  it("msgParam an object instead of a string -> invalidParameter.msgParam.invalid", () =>
    expectError({ ...base, msgParam: { content: "hi" } }, "invalidParameter.msgParam.invalid"));
  it("msgParam over 20,000 bytes -> invalidParameter.msgParam.tooLong", () =>
    expectError(
      { ...base, msgParam: JSON.stringify({ content: "钉".repeat(7000) }) },
      "invalidParameter.msgParam.tooLong",
    ));
  it("malformed JSON body -> invalidParameter.msgBody.invalid", async () => {
    const r = await h.post<ErrorBody>(PATHS.batchSend, undefined, { raw: "{not json" });
    expect([r.status, r.body.code]).toEqual([400, "invalidParameter.msgBody.invalid"]);
  });
  it("a failed validation delivers nothing", async () => {
    await sendRaw({ ...base, msgKey: "sampleNope" });
    expect((await h.summary()).totalDeliveries).toBe(0);
  });
});

/** Every msgKey with a valid param, and for each required field the code its absence gives. */
const CASES: Record<string, { valid: Record<string, string>; missing: Record<string, string> }> = {
  sampleText: { valid: { content: "c" }, missing: { content: "miss.param.contentOfText" } },
  sampleMarkdown: {
    valid: { title: "t", text: "x" },
    missing: { title: "miss.param.markdownTotitle", text: "miss.param.markdownTotext" },
  },
  sampleImageMsg: { valid: { photoURL: "https://p" }, missing: { photoURL: "miss.param.photoTophotoUrl" } },
  sampleLink: {
    valid: { text: "t", title: "x", picUrl: "p", messageUrl: "https://m" },
    missing: {
      text: "miss.param.textOfLink",
      title: "miss.param.titleOfLink",
      messageUrl: "miss.param.messageUrlOfLink",
    },
  },
  sampleActionCard: {
    valid: { title: "t", text: "x", singleTitle: "s", singleURL: "https://s" },
    missing: {
      title: "miss.param.actionCardTotitle",
      text: "miss.param.actionCardTotext",
      singleTitle: "miss.param.actionCardTosingleTitle",
      singleURL: "miss.param.actionCardTosingleUrl",
    },
  },
  sampleActionCard6: {
    valid: { title: "t", text: "x", buttonTitle1: "a", buttonUrl1: "u", buttonTitle2: "b", buttonUrl2: "v" },
    missing: {
      buttonTitle1: "miss.param.actionCardTobtnsTotitle",
      buttonUrl1: "miss.param.actionCardTobtnsToactionUrl",
      buttonTitle2: "miss.param.actionCardTobtnsTotitle",
      buttonUrl2: "miss.param.actionCardTobtnsToactionUrl",
    },
  },
  sampleAudio: {
    valid: { mediaId: "m", duration: "1000" },
    missing: { mediaId: "miss.param.audio", duration: "miss.param.audio" },
  },
  sampleFile: {
    valid: { mediaId: "m", fileName: "a.pdf", fileType: "pdf" },
    missing: { mediaId: "miss.param.file", fileName: "miss.param.file", fileType: "miss.param.file" },
  },
  sampleVideo: {
    valid: { duration: "10", videoMediaId: "v", videoType: "mp4", picMediaId: "p" },
    missing: {
      duration: "miss.param.video",
      videoMediaId: "miss.param.video",
      videoType: "miss.param.video",
      picMediaId: "miss.param.video",
    },
  },
};
for (let n = 2; n <= 5; n++) {
  const valid: Record<string, string> = { title: "t", text: "x" };
  const missing: Record<string, string> = {};
  for (let i = 1; i <= n; i++) {
    valid[`actionTitle${i}`] = `b${i}`;
    valid[`actionURL${i}`] = `https://b${i}`;
  }
  missing[`actionTitle${n}`] = "miss.param.actionCardTobtnsTotitle";
  missing[`actionURL${n}`] = "miss.param.actionCardTobtnsToactionUrl";
  missing.actionTitle1 = "miss.param.actionCardTobtnsTotitle";
  CASES[`sampleActionCard${n}`] = { valid, missing };
}

describe("msgParam required fields per msgKey", () => {
  const missingCases = Object.entries(CASES).flatMap(([msgKey, c]) =>
    Object.entries(c.missing).map(([field, code]) => ({ msgKey, field, code, valid: c.valid })),
  );
  it.each(missingCases)("$msgKey without $field -> $code", async ({ msgKey, field, code, valid }) => {
    const { [field]: _dropped, ...rest } = valid;
    await expectError({ ...base, msgKey, msgParam: JSON.stringify(rest) }, code);
  });

  it.each(Object.entries(CASES).map(([msgKey, c]) => ({ msgKey, valid: c.valid })))(
    "$msgKey with all fields is sent",
    async ({ msgKey, valid }) => {
      const r = await sendRaw({ ...base, msgKey, msgParam: JSON.stringify(valid) });
      expect(r.status).toBe(200);
    },
  );

  it("an empty-string field counts as missing", () =>
    expectError(
      { ...base, msgKey: "sampleMarkdown", msgParam: JSON.stringify({ title: "", text: "x" }) },
      "miss.param.markdownTotitle",
    ));
});

describe("batchSend outcomes", () => {
  it("puts unknown users in invalidStaffIdList and does not deliver to them", async () => {
    const r = await sendRaw({ ...base, userIds: ["alice", "unknown-1", "INVALID_2", "bob"] });
    expect(r.status).toBe(200);
    expect(r.body.processQueryKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(r.body.invalidStaffIdList).toEqual(["unknown-1", "INVALID_2"]);
    expect(r.body.flowControlledStaffIdList).toBeUndefined();
    const s = await h.summary("&perUser=1");
    expect(s.perUser).toEqual({ alice: 1, bob: 1 });
  });

  it("the unknown-user predicate is configurable as a regex", async () => {
    await h.configure({ unknownUserPattern: "^ghost" });
    const r = await sendRaw({ ...base, userIds: ["ghost1", "unknown-1"] });
    expect(r.body.invalidStaffIdList).toEqual(["ghost1"]);
  });

  it("flow-controls about flowControlRate of the valid users, without delivering to them", async () => {
    await h.configure({ flowControlRate: 0.3 });
    let throttled = 0;
    let total = 0;
    for (let i = 0; i < 50; i++) {
      const ids = users(20, `b${i}-`);
      const r = await sendRaw({ ...base, userIds: ids });
      const flow = r.body.flowControlledStaffIdList ?? [];
      for (const u of flow) expect(ids).toContain(u);
      throttled += flow.length;
      total += ids.length;
    }
    expect(throttled / total).toBeGreaterThan(0.25);
    expect(throttled / total).toBeLessThan(0.35);
    expect((await h.summary()).totalDeliveries).toBe(total - throttled);
  });

  it("records a delivery per user with the exact message", async () => {
    const r = await sendRaw({ ...base, userIds: ["carol"] });
    const view = await h.inspect("?userId=carol");
    expect(view.deliveries.carol).toEqual([
      expect.objectContaining({
        processQueryKey: r.body.processQueryKey,
        msgKey: "sampleText",
        msgParam: base.msgParam,
        robotCode: ROBOT,
        api: PATHS.batchSend,
        sendStatus: "SUCCESS",
      }),
    ]);
  });
});
