// npm run bench:receipts [-- --readers 10000 --tabs 10 --seconds 60]
// Measures read tracking against the simulator (a separate process, over HTTP) on the embedded
// database, through the same service calls the JSON routes make, and prints one JSON line.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import pino from "pino";
import { simulatorControl, startSimulatorProcess } from "./simulator";
import { runFanout } from "@/lib/broadcasts/fanout";
import { planBroadcast } from "@/lib/broadcasts/plan";
import { getMessageDetail, listRecipients } from "@/lib/broadcasts/queries";
import { robotSender } from "@/lib/broadcasts/senders";
import { openDatabase } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { DingTalkClient } from "@/lib/dingtalk/client";
import { SlidingWindowRateLimiter } from "@/lib/dingtalk/rate-limiter";
import { claimDuePolls, requestOnDemandPoll } from "@/lib/receipts/dispatch";
import { pollMessageReads } from "@/lib/receipts/poll";

const { values } = parseArgs({
  options: {
    readers: { type: "string", default: "10000" },
    tabs: { type: "string", default: "10" },
    seconds: { type: "string", default: "60" },
    port: { type: "string", default: "3996" },
  },
});
const readers = Number(values.readers);
const tabs = Number(values.tabs);
const seconds = Number(values.seconds);
const sandboxUrl = `http://127.0.0.1:${values.port}`;
const logger = pino({ level: "silent" });



async function dingtalkCalls(): Promise<number> {
  const summary = (await (await simulatorControl(sandboxUrl, "/__sandbox/inspect?summary=1")).json()) as { totalRequests: number };
  return summary.totalRequests;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const simulator = await startSimulatorProcess(values.port, { SANDBOX_READ_SHARE: "1", SANDBOX_READ_MEAN_MS: "1", SANDBOX_READ_MIN_MS: "0" });
  const dataDir = mkdtempSync(path.join(tmpdir(), "dingcast-receipts-"));
  const handle = await openDatabase({ dataDir });
  try {
    await migrateDatabase(handle);
    const db = handle.db;
    const client = new DingTalkClient({
      baseUrl: sandboxUrl,
      credentials: { type: "internal", appKey: "sandbox-app-key", appSecret: "sandbox-app-secret" },
      limiter: new SlidingWindowRateLimiter({ qps: 20 }),
    });

    // 1. One poll of a coolapp chat message read by `readers` people.
    const cid = "cidReceiptsBench";
    await simulatorControl(sandboxUrl, "/__sandbox/conversations", { openConversationId: cid, coolAppCode: "COOLAPP-BENCH", memberCount: readers });
    const chat = await planBroadcast(db, { kind: "robot", msgKey: "sampleText", msgParam: { content: "Bench" }, robotCode: "dingsandboxrobot", audience: { type: "conversation", openConversationId: cid, coolAppCode: "COOLAPP-BENCH" }, title: "Bench" });
    await runFanout({ db, logger, senderFor: (message) => robotSender(client, message) }, chat.id);
    await sleep(50);
    const poll = await pollMessageReads({ db, client }, chat.id);

    // 2. Tabs: each asks the detail route every second; the poller dispatches as it would in production.
    async function watch(tabCount: number): Promise<number> {
      await db.execute(sql`update message set read_tracking = 'active', read_last_polled_at = null, read_poll_started_at = null, read_next_poll_at = now() + interval '1 hour' where id = ${chat.id}`);
      const before = await dingtalkCalls();
      const until = Date.now() + seconds * 1000;
      const tab = async () => {
        while (Date.now() < until) {
          await requestOnDemandPoll(db, chat.id);
          await getMessageDetail(db, chat.id);
          await sleep(1000);
        }
      };
      const dispatcher = async () => {
        while (Date.now() < until) {
          for (const id of await claimDuePolls(db)) await pollMessageReads({ db, client }, id);
          await sleep(500);
        }
      };
      await Promise.all([...Array.from({ length: tabCount }, tab), dispatcher()]);
      return (await dingtalkCalls()) - before;
    }
    const oneViewer = await watch(1);
    const manyTabs = await watch(tabs);

    // 3. The detail route's queries for a 100,000-recipient message: summary + first recipient page.
    const big = await planBroadcast(db, { kind: "robot", msgKey: "sampleText", msgParam: { content: "All" }, robotCode: "dingsandboxrobot", audience: { type: "users", userIds: Array.from({ length: 100_000 }, (_, i) => `u${i}`) }, title: "All" });
    await db.execute(sql`update recipient set state = 'sent' where message_id = ${big.id}`);
    await db.execute(sql`update recipient set read_at = now() where message_id = ${big.id} and user_id like '%1'`);
    await db.execute(sql`update chunk set state = 'sent' where message_id = ${big.id}`);
    await db.execute(sql`update message set status = 'sent' where id = ${big.id}`);
    const timings: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      const started = performance.now();
      await getMessageDetail(db, big.id);
      await listRecipients(db, big.id, { read: i % 2 === 0 ? "read" : "unread", limit: 50 });
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);

    console.log(
      JSON.stringify({
        recipients: readers,
        readers: poll.readers,
        pagesPerPoll: poll.calls,
        minPagesPerPoll: Math.ceil(readers / 200),
        tabs,
        extraDingtalkCallsFromTabs: manyTabs - oneViewer,
        detailP95Ms: Math.round(timings[Math.floor(timings.length * 0.95)] ?? 0),
      }),
    );
  } finally {
    await handle.close();
    simulator.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
