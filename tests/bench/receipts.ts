// npm run bench:receipts [-- --readers 10000 --tabs 10 --seconds 60]
// Measures read tracking against the simulator (a separate process, over HTTP) on the embedded
// database, through the same service calls the JSON routes make, and prints one JSON line with the
// figures and the settings they were measured with. The client is built as lib/runtime/dingtalk.ts
// builds it (DINGTALK_QPS and DINGTALK_TIMEOUT_MS from lib/env.ts, the limiter's default window, a
// ledger), and polls are dispatched by the runtime's own jobs: the poll ticker, the receipts-tick
// cron and the receipts-poll queue on pg-boss.
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { runBench } from "./environment";
import { simulatorControl } from "./simulator";
import { runFanout } from "@/lib/messages/fanout";
import { getMessageDetail, listRecipients } from "@/lib/messages/queries";
import { robotSender } from "@/lib/messages/senders";
import { queryRows } from "@/lib/db/query";
import { DINGTALK_PATHS } from "@/lib/dingtalk/paths";
import { env } from "@/lib/env";
import { startBoss } from "@/lib/jobs/boss";
import { registerJobs } from "@/lib/jobs/registry";
import { requestOnDemandPoll } from "@/lib/receipts/dispatch";
import { pollJob, startPollTicker, tickJob, type ReceiptJobContext } from "@/lib/receipts/jobs";
import { pollMessageReads } from "@/lib/receipts/poll";
import { MS_PER_POLL_CALL, ON_DEMAND_MIN_INTERVAL_MS } from "@/lib/receipts/schedule";
import { planTextMessage } from "@/tests/support/plan-text";

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
const qps = env.DINGTALK_QPS;

async function dingtalkCalls(sandboxUrl: string): Promise<number> {
  const summary = (await (await simulatorControl(sandboxUrl, "/__sandbox/inspect?summary=1")).json()) as {
    totalRequests: number;
  };
  return summary.totalRequests;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

runBench(
  {
    port: values.port,
    qps,
    simulatorEnv: { SANDBOX_READ_SHARE: "1", SANDBOX_READ_MEAN_MS: "1", SANDBOX_READ_MIN_MS: "0" },
    dataDirPrefix: "dingcast-receipts-",
  },
  async ({ sandboxUrl, handle, db, logger, client, clientSettings }) => {
    const settings = {
      ...clientSettings(DINGTALK_PATHS.privateChatQuery),
      onDemandMinIntervalMs: ON_DEMAND_MIN_INTERVAL_MS,
      msPerPollCall: MS_PER_POLL_CALL,
    };

    // 1. One poll of a coolapp chat message read by `readers` people.
    const cid = "cidReceiptsBench";
    await simulatorControl(sandboxUrl, "/__sandbox/conversations", {
      openConversationId: cid,
      coolAppCode: "COOLAPP-BENCH",
      memberCount: readers,
    });
    const chat = await planTextMessage(db, {
      content: "Bench",
      audience: { type: "conversation", openConversationId: cid, coolAppCode: "COOLAPP-BENCH" },
    });
    await runFanout({ db, logger, senderFor: (message) => robotSender(client, message) }, chat.id);
    await sleep(50);
    const poll = await pollMessageReads({ db, client }, chat.id);

    // 2. Tabs: each asks the detail route every second; the runtime's jobs dispatch the polls.
    const boss = await startBoss({ handle, logger, supervise: true });
    const shutdown = new AbortController();
    const jobContext: ReceiptJobContext = {
      database: handle,
      logger,
      boss,
      dingtalk: client,
      shutdownSignal: shutdown.signal,
    };
    await registerJobs(boss, [pollJob(), tickJob()], jobContext, { work: true });
    const stopTicker = startPollTicker(jobContext);
    async function pollsSettled(): Promise<void> {
      for (let i = 0; i < 300; i += 1) {
        const inFlight = await queryRows(
          db,
          sql`select 1 from message where id = ${chat.id} and read_poll_started_at is not null`,
        );
        if (inFlight.length === 0) return;
        await sleep(100);
      }
    }
    async function watch(tabCount: number): Promise<number> {
      await db.execute(
        sql`update message set read_tracking = 'active', read_last_polled_at = null, read_poll_started_at = null, read_next_poll_at = now() + interval '1 hour' where id = ${chat.id}`,
      );
      const before = await dingtalkCalls(sandboxUrl);
      const until = Date.now() + seconds * 1000;
      const tab = async () => {
        while (Date.now() < until) {
          await requestOnDemandPoll(db, chat.id);
          await getMessageDetail(db, chat.id);
          await sleep(1000);
        }
      };
      await Promise.all(Array.from({ length: tabCount }, tab));
      // A poll dispatched in the last second still belongs to this period.
      await pollsSettled();
      return (await dingtalkCalls(sandboxUrl)) - before;
    }
    const oneViewer = await watch(1);
    const manyTabs = await watch(tabs);
    stopTicker();
    shutdown.abort();
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 });

    // 3. The detail route's queries for a 100,000-recipient message: summary + first recipient page.
    const big = await planTextMessage(db, {
      content: "All",
      audience: { type: "users", userIds: Array.from({ length: 100_000 }, (_, i) => `u${i}`) },
    });
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
        dingtalkCallsWithOneViewer: oneViewer,
        extraDingtalkCallsFromTabs: manyTabs - oneViewer,
        detailP95Ms: Math.round(timings[Math.floor(timings.length * 0.95)] ?? 0),
        settings,
      }),
    );
  },
);
