// npm run bench:fanout [-- --recipients 20000 --qps 20 --flow 0.1]
// Sends to N recipients through the real fan-out, the real client and the simulator (a separate
// process, over HTTP), on the embedded database, and prints one JSON line with the figures and the
// settings they were measured with. Everything but --qps is what the runtime ships: the client is
// built as lib/runtime/dingtalk.ts builds it (limiter with its default window, ledger, timeout from
// lib/env.ts) and the fan-out runs with DEFAULT_FANOUT_OPTIONS, as the fan-out job does. --qps
// stands for DINGTALK_QPS (default: lib/env.ts's, 20) and is also the simulator's limit; --flow
// is the share of users the simulator flow-controls on each attempt (their retries are gathered
// into full calls, so apiCalls stays close to minApiCalls).
import { parseArgs } from "node:util";
import { runBench } from "./environment";
import { createMessage } from "@/lib/messages/create";
import { DEFAULT_FANOUT_OPTIONS, runFanout } from "@/lib/messages/fanout";
import { sendMessageSchema } from "@/lib/messages/send.schema";
import { robotSender } from "@/lib/messages/senders";
import { DINGTALK_PATHS } from "@/lib/dingtalk/paths";
import { env } from "@/lib/env";
import { startBoss } from "@/lib/jobs/boss";
import { SANDBOX_ROBOT, planTextMessage } from "@/tests/support/plan-text";

const { values } = parseArgs({
  options: {
    recipients: { type: "string", default: process.env.BENCH_RECIPIENTS ?? "20000" },
    qps: { type: "string", default: process.env.BENCH_QPS ?? String(env.DINGTALK_QPS) },
    port: { type: "string", default: "3998" },
    flow: { type: "string", default: "0" },
  },
});
const recipients = Number(values.recipients);
const qps = Number(values.qps);
const flow = Number(values.flow);
const QPS_REFUSAL = "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi";

runBench(
  {
    port: values.port,
    qps,
    simulatorEnv: { SANDBOX_SEED: "1", SANDBOX_FLOW_CONTROL_RATE: String(flow) },
    dataDirPrefix: "dingcast-bench-",
  },
  async ({ sandboxUrl, handle, logger, ledger, client, windowFor, clientSettings }) => {
    const settings = { ...clientSettings(DINGTALK_PATHS.otoBatchSend), fanout: DEFAULT_FANOUT_OPTIONS };
    await client.getAccessToken();

    const userIds = Array.from({ length: recipients }, (_, i) => `bench${i}`);
    const planned = await planTextMessage(handle.db, { content: "Benchmark", audience: { type: "users", userIds } });
    const started = performance.now();
    await runFanout({ db: handle.db, logger, senderFor: (message) => robotSender(client, message) }, planned.id);
    const seconds = (performance.now() - started) / 1000;
    await ledger.flush();

    const summary = (await (await fetch(`${sandboxUrl}/__sandbox/inspect?summary=1`)).json()) as {
      distinctUsers: number;
      duplicates: { users: number };
      callsByPath: Record<string, number>;
      codeCounts: Record<string, number>;
    };

    // What the send action does for 100,000 recipients: validate, plan in one transaction, enqueue.
    const boss = await startBoss({ handle, logger, supervise: false });
    await boss.createQueue("broadcast-fanout");
    const bigAudience = Array.from({ length: 100_000 }, (_, i) => `user${i}`);
    const enqueueStarted = performance.now();
    const input = sendMessageSchema.parse({
      message: { msgKey: "sampleText", msgParam: { content: "All hands" } },
      robotCode: SANDBOX_ROBOT,
      audience: { type: "users", userIds: bigAudience },
    });
    await createMessage({ db: handle.db, boss, robotCodes: [SANDBOX_ROBOT] }, input, { id: null });
    const enqueueMsFor100k = Math.round(performance.now() - enqueueStarted);
    await boss.stop({ graceful: false, wait: true });

    const minApiCalls = Math.ceil(recipients / 20);
    const limitSeconds = minApiCalls / qps;
    const result = {
      recipients,
      qps,
      flow,
      seconds: Number(seconds.toFixed(3)),
      limitSeconds,
      efficiency: Number((limitSeconds / seconds).toFixed(3)),
      apiCalls: summary.callsByPath[DINGTALK_PATHS.otoBatchSend] ?? 0,
      minApiCalls,
      qpsRefusals: summary.codeCounts[QPS_REFUSAL] ?? 0,
      windowMsAfter: windowFor(DINGTALK_PATHS.otoBatchSend),
      duplicates: summary.duplicates.users,
      lost: recipients - summary.distinctUsers,
      enqueueMsFor100k,
      settings,
    };
    console.log(JSON.stringify(result));
  },
);
