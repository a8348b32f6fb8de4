import { afterAll, beforeAll } from "vitest";
import { createApiKey } from "@/lib/api-keys/keys";
import type { JobQueue } from "@/lib/messages/jobs";
import { createFanoutHarness, type FanoutHarness } from "@/tests/support/fanout-harness";
import type { ApiDeps } from "../context";
import { getMessageRecipients, getMessageStatus, recall, remind, sendMessage } from "../messages";
import type { Endpoint, PipelineServices } from "../pipeline";
import { ApiKeySendLimiter } from "../rate-limit";

/**
 * The API's handlers behind the real pipeline for a test file: an in-memory database and the
 * simulator over HTTP (createFanoutHarness), a job queue that records the job names, a logger that
 * records its lines, and two keys (send+read, read only). Fields are filled in beforeAll.
 */
export interface ApiSuite {
  h: FanoutHarness;
  deps: ApiDeps;
  services: PipelineServices;
  jobs: string[];
  logs: string[];
  fullKey: string;
  readOnlyKey: string;
}

export function apiSuite(): ApiSuite {
  const suite = { jobs: [], logs: [] } as unknown as ApiSuite;
  beforeAll(async () => {
    suite.h = await createFanoutHarness();
    const queue = {
      async send(name: string) {
        suite.jobs.push(name);
        return "job";
      },
    } as unknown as JobQueue;
    suite.deps = { db: suite.h.handle.db, boss: queue, dingtalk: suite.h.client, robotCodes: ["dingsandboxrobot"] };
    const capture = (level: string) => (object: unknown, message?: string) =>
      void suite.logs.push(`${level} ${JSON.stringify(object)} ${message ?? ""}`);
    suite.services = {
      deps: suite.deps,
      limiter: new ApiKeySendLimiter(1000, 60_000),
      logger: { warn: capture("warn"), error: capture("error") } as unknown as PipelineServices["logger"],
    };
    const key = async (name: string, scopes: ("send" | "read")[]) =>
      (await createApiKey(suite.deps.db, { name, scopes, createdBy: null })).key;
    suite.fullKey = await key("HR system", ["send", "read"]);
    suite.readOnlyKey = await key("Dashboard", ["read"]);
  });
  afterAll(() => suite.h?.close());
  return suite;
}

export const sendEndpoint: Endpoint<Record<string, never>> = {
  scope: "send",
  sends: true,
  body: "json",
  run: ({ deps, caller, body }) => sendMessage(deps, caller, body),
};
export const statusEndpoint: Endpoint<{ id: string }> = {
  scope: "read",
  run: ({ deps, params }) => getMessageStatus(deps, params.id),
};
export const recipientsEndpoint: Endpoint<{ id: string }> = {
  scope: "read",
  run: ({ deps, params, request }) => getMessageRecipients(deps, params.id, new URL(request.url).searchParams),
};
export const recallEndpoint: Endpoint<{ id: string }> = {
  scope: "send",
  body: "ignored",
  run: ({ deps, caller, params }) => recall(deps, caller, params.id),
};
export const remindEndpoint: Endpoint<{ id: string }> = {
  scope: "send",
  sends: true,
  body: "ignored",
  run: ({ deps, caller, params }) => remind(deps, caller, params.id),
};

export function post(path: string, key: string | null, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://dingcast.test${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export function get(path: string, key: string | null): Request {
  return new Request(`http://dingcast.test${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
}

export const text = (userIds: string[], content = "Fire drill at 15:00") => ({
  msgKey: "sampleText",
  msgParam: { content },
  audience: { userIds },
});
