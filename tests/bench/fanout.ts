// npm run bench:fanout [-- --recipients 20000 --qps 200]
// Sends to N recipients through the real fan-out, the real client and the simulator (a separate
// process, over HTTP), on the embedded database, and prints one JSON line with the figures.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pino from "pino";
import { startSimulatorProcess } from "./simulator";
import { createBroadcast } from "@/lib/broadcasts/create";
import { runFanout } from "@/lib/broadcasts/fanout";
import { planBroadcast } from "@/lib/broadcasts/plan";
import { sendMessageSchema } from "@/lib/broadcasts/send.schema";
import { robotSender } from "@/lib/broadcasts/senders";
import { openDatabase } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { DingTalkClient } from "@/lib/dingtalk/client";
import { SlidingWindowRateLimiter } from "@/lib/dingtalk/rate-limiter";
import { startBoss } from "@/lib/jobs/boss";

const { values } = parseArgs({
  options: {
    recipients: { type: "string", default: process.env.BENCH_RECIPIENTS ?? "20000" },
    qps: { type: "string", default: process.env.BENCH_QPS ?? "200" },
    port: { type: "string", default: "3998" },
  },
});
const recipients = Number(values.recipients);
const qps = Number(values.qps);
const port = Number(values.port);
const sandboxUrl = `http://127.0.0.1:${port}`;
const logger = pino({ level: "silent" });


async function main() {
  const simulator = await startSimulatorProcess(String(port), { SANDBOX_QPS: String(qps), SANDBOX_SEED: "1" });
  const dataDir = mkdtempSync(path.join(tmpdir(), "dingcast-bench-"));
  const handle = await openDatabase({ dataDir });
  try {
    await migrateDatabase(handle);
    const client = new DingTalkClient({
      baseUrl: sandboxUrl,
      credentials: { type: "internal", appKey: "sandbox-app-key", appSecret: "sandbox-app-secret" },
      limiter: new SlidingWindowRateLimiter({ qps, windowMs: Number(process.env.BENCH_WINDOW_MS ?? 1025) }),
    });
    await client.getAccessToken();

    const userIds = Array.from({ length: recipients }, (_, i) => `bench${i}`);
    const planned = await planBroadcast(handle.db, {
      kind: "robot",
      msgKey: "sampleText",
      msgParam: { content: "Benchmark" },
      robotCode: "dingsandboxrobot",
      audience: { type: "users", userIds },
      title: "Benchmark",
    });
    const started = performance.now();
    await runFanout({ db: handle.db, logger, senderFor: (message) => robotSender(client, message), options: { concurrency: Math.max(16, Math.ceil(qps / 5)) } }, planned.id);
    const seconds = (performance.now() - started) / 1000;

    const summary = (await (await fetch(`${sandboxUrl}/__sandbox/inspect?summary=1`)).json()) as {
      distinctUsers: number;
      duplicates: { users: number };
      callsByPath: Record<string, number>;
    };

    // What the send action does for 100,000 recipients: validate, plan in one transaction, enqueue.
    const boss = await startBoss({ handle, logger, supervise: false });
    await boss.createQueue("broadcast-fanout");
    const bigAudience = Array.from({ length: 100_000 }, (_, i) => `user${i}`);
    const enqueueStarted = performance.now();
    const input = sendMessageSchema.parse({
      message: { msgKey: "sampleText", msgParam: { content: "All hands" } },
      robotCode: "dingsandboxrobot",
      audience: { type: "users", userIds: bigAudience },
    });
    await createBroadcast({ db: handle.db, boss, robotCodes: ["dingsandboxrobot"] }, input, { id: null });
    const enqueueMsFor100k = Math.round(performance.now() - enqueueStarted);
    await boss.stop({ graceful: false, wait: true });

    const minApiCalls = Math.ceil(recipients / 20);
    const limitSeconds = minApiCalls / qps;
    const result = {
      recipients,
      qps,
      seconds: Number(seconds.toFixed(3)),
      limitSeconds,
      efficiency: Number((limitSeconds / seconds).toFixed(3)),
      apiCalls: summary.callsByPath["/v1.0/robot/oToMessages/batchSend"] ?? 0,
      minApiCalls,
      duplicates: summary.duplicates.users,
      lost: recipients - summary.distinctUsers,
      enqueueMsFor100k,
    };
    console.log(JSON.stringify(result));
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
