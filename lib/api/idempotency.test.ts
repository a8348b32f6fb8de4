import { describe, expect, it } from "vitest";
import { engineForSuite } from "@/tests/support/engine-scope";
import { engines } from "@/tests/support/engines";
import { pruneIdempotencyKeys } from "@/lib/api-keys/idempotency-retention";
import { claimIdempotencyKey, completeIdempotencyKey, requestHash } from "./idempotency";
import { problem } from "./problem";

describe("request hashes", () => {
  it("ignore key order but not values, method or path", () => {
    const a = requestHash("POST", "/api/v1/messages", { msgKey: "sampleText", audience: { userIds: ["a", "b"] } });
    expect(requestHash("post", "/api/v1/messages", { audience: { userIds: ["a", "b"] }, msgKey: "sampleText" })).toBe(
      a,
    );
    expect(
      requestHash("POST", "/api/v1/messages", { msgKey: "sampleText", audience: { userIds: ["b", "a"] } }),
    ).not.toBe(a);
    expect(requestHash("POST", "/api/v1/other", { msgKey: "sampleText", audience: { userIds: ["a", "b"] } })).not.toBe(
      a,
    );
  });
});

describe.each(engines)("idempotency keys on $name", (engine) => {
  const handle = engineForSuite(engine);

  it("replays the first answer, refuses another body and a concurrent duplicate, and forgets after 24 hours", async () => {
    const db = handle().db;
    const t0 = new Date("2030-01-01T00:00:00Z");
    expect(await claimIdempotencyKey(db, "k1", "retry-1", "h1", t0)).toEqual({ kind: "new" });
    // Still running: a concurrent retry must not run it a second time.
    expect(await claimIdempotencyKey(db, "k1", "retry-1", "h1", t0)).toEqual({ kind: "inProgress" });
    await completeIdempotencyKey(db, "k1", "retry-1", { status: 202, body: { id: "m1", status: "queued" } });
    expect(await claimIdempotencyKey(db, "k1", "retry-1", "h1", t0)).toEqual({
      kind: "replay",
      result: { status: 202, body: { id: "m1", status: "queued" }, headers: { "idempotent-replayed": "true" } },
    });
    expect(await claimIdempotencyKey(db, "k1", "retry-1", "h2", t0)).toEqual({ kind: "mismatch" });
    // Keys belong to one API key: another key may use the same string.
    expect(await claimIdempotencyKey(db, "k2", "retry-1", "h2", t0)).toEqual({ kind: "new" });
    // After 24 hours the key starts over.
    expect(await claimIdempotencyKey(db, "k1", "retry-1", "h2", new Date(t0.getTime() + 24 * 3600_000))).toEqual({
      kind: "new",
    });
  });

  it("keeps a problem's content type, and stores no server error so the retry runs again", async () => {
    const db = handle().db;
    const t0 = new Date("2030-01-01T00:00:00Z");
    await claimIdempotencyKey(db, "k1", "bad", "h", t0);
    await completeIdempotencyKey(
      db,
      "k1",
      "bad",
      problem("validation", "nope", { errors: { msgKey: ["Choose a message type."] } }),
    );
    const replay = await claimIdempotencyKey(db, "k1", "bad", "h", t0);
    expect(replay).toMatchObject({
      kind: "replay",
      result: { status: 400, headers: { "content-type": "application/problem+json" } },
    });

    await claimIdempotencyKey(db, "k1", "boom", "h", t0);
    await completeIdempotencyKey(db, "k1", "boom", problem("internal", "oops"));
    expect(await claimIdempotencyKey(db, "k1", "boom", "h", t0)).toEqual({ kind: "new" });

    await pruneIdempotencyKeys(db, new Date(t0.getTime() + 25 * 3600_000));
    const left = await handle().executeSql("select count(*)::int as n from idempotency_key where created_at <= $1", [
      t0.toISOString(),
    ]);
    expect(left.rows[0]).toEqual({ n: 0 });
  });
});
