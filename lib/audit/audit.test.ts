import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/client";
import { engines } from "@/tests/support/engines";
import { recordAudit, scrubDetails } from "./audit";
import { parseAuditFilter } from "./audit-filter.schema";
import { auditCsv, exportAuditCsv, listAuditEvents } from "./queries";

const alice = { id: "u-alice", email: "alice@example.com", ip: "10.0.0.1" };
const bob = { id: "u-bob", email: "bob@example.com", ip: "10.0.0.2" };

describe.each(engines)("audit trail on $name", (engine) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ handle, cleanup } = await engine.open());
    const db = handle.db;
    // 2026-03-01 23:30 China time is still 2026-03-01 there but already the 1st in UTC only until 16:00.
    await recordAudit(db, {
      actor: alice,
      action: "message.send",
      target: { type: "message", id: "m1" },
      outcome: "success",
      details: { recipients: 3, msgKey: "sampleText" },
      at: new Date("2026-03-01T15:30:00Z"),
    });
    await recordAudit(db, {
      actor: bob,
      action: "message.recall",
      target: { type: "message", id: "m1" },
      outcome: "failure",
      details: { code: "recall.expired" },
      at: new Date("2026-03-02T02:00:00Z"),
    });
    await recordAudit(db, {
      actor: alice,
      action: "settings.update",
      outcome: "success",
      details: { appSecret: "must-not-be-kept", fields: ["appKey"] },
      at: new Date("2026-03-03T02:00:00Z"),
    });
    for (let i = 0; i < 5; i += 1) {
      await recordAudit(db, {
        actor: bob,
        action: "message.send",
        target: { type: "message", id: `b${i}` },
        outcome: "success",
        at: new Date(`2026-03-04T0${i}:00:00Z`),
      });
    }
  });
  afterAll(() => cleanup());

  it("lists newest first and pages with a cursor", async () => {
    const first = await listAuditEvents(handle.db, {}, 3);
    expect(first.rows.map((row) => row.targetId)).toEqual(["b4", "b3", "b2"]);
    expect(first.nextCursor).not.toBeNull();
    const second = await listAuditEvents(handle.db, { before: first.nextCursor ?? undefined }, 3);
    expect(second.rows.map((row) => row.targetId)).toEqual(["b1", "b0", null]);
    const last = await listAuditEvents(handle.db, { before: second.nextCursor ?? undefined }, 3);
    expect(last.rows.map((row) => row.action)).toEqual(["message.recall", "message.send"]);
    expect(last.nextCursor).toBeNull();
  });

  it("filters by actor, action, outcome and China-time days", async () => {
    const byActor = await listAuditEvents(handle.db, { actor: "ALICE@" });
    expect(byActor.rows.map((row) => row.action)).toEqual(["settings.update", "message.send"]);
    expect((await listAuditEvents(handle.db, { action: "message.recall" })).rows).toHaveLength(1);
    expect((await listAuditEvents(handle.db, { outcome: "failure" })).rows.map((row) => row.actorEmail)).toEqual([
      "bob@example.com",
    ]);
    const onSecond = await listAuditEvents(handle.db, { from: "2026-03-02", to: "2026-03-02" });
    // 15:30 UTC on the 1st is 23:30 on the 1st in China, so only Bob's recall is on the 2nd.
    expect(onSecond.rows.map((row) => row.action)).toEqual(["message.recall"]);
    expect(
      (await listAuditEvents(handle.db, { from: "2026-03-01", to: "2026-03-01" })).rows.map((row) => row.action),
    ).toEqual(["message.send"]);
  });

  it("scopes a sender to their own events", async () => {
    const own = await listAuditEvents(handle.db, { onlyActorId: alice.id, actor: "bob" });
    expect(own.rows).toEqual([]);
    expect((await listAuditEvents(handle.db, { onlyActorId: alice.id })).rows).toHaveLength(2);
  });

  it("never keeps secret-looking details", async () => {
    const [settingsRow] = (await listAuditEvents(handle.db, { action: "settings.update" })).rows;
    expect(settingsRow?.details).toEqual({ fields: ["appKey"] });
    expect(scrubDetails({ password: "x", nested: { accessToken: "t", ok: 1 }, msgKey: "sampleText" })).toEqual({
      nested: { ok: 1 },
      msgKey: "sampleText",
    });
  });

  it("exports CSV with the filters applied", async () => {
    const csv = await exportAuditCsv(handle.db, { action: "message.send", actor: "alice" });
    const parsed = Papa.parse<string[]>(csv.trim());
    expect(parsed.data[0]).toEqual([
      "time",
      "actor_email",
      "actor_id",
      "action",
      "target_type",
      "target_id",
      "outcome",
      "ip",
      "details",
    ]);
    expect(parsed.data.slice(1).map((row) => row.slice(0, 8))).toEqual([
      [
        "2026-03-01T15:30:00.000Z",
        "alice@example.com",
        "u-alice",
        "message.send",
        "message",
        "m1",
        "success",
        "10.0.0.1",
      ],
    ]);
    // jsonb keeps keys in its own order, so compare the details as data.
    expect(JSON.parse(parsed.data[1]?.[8] ?? "null")).toEqual({ recipients: 3, msgKey: "sampleText" });
  });
});

describe("audit CSV and filters", () => {
  it("defuses spreadsheet formulas in cells", () => {
    const csv = auditCsv([
      {
        id: 1,
        createdAt: new Date(0),
        actorId: null,
        actorEmail: '=HYPERLINK("x")',
        action: "auth.signInFailed",
        targetType: null,
        targetId: null,
        outcome: "failure",
        details: null,
        ip: null,
      },
    ]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it("drops malformed filters instead of failing", () => {
    expect(
      parseAuditFilter({ action: "drop table", outcome: "success", from: "2026-13", actor: ["a@x", "b@x"] }),
    ).toEqual({ outcome: "success", actor: "a@x" });
  });
});
