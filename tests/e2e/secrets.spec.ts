import { readFileSync } from "node:fs";
import { expect, test, type Page, type Response } from "@playwright/test";
import { staticFiles } from "../support/build-output";
import { listApiRoutes, listPages } from "../support/guard-inventory";
import { ADMIN, anonymous, BUILD_CANARIES, E2E_AUTH_SECRET, E2E_DINGTALK, E2E_ENCRYPTION_KEY } from "./accounts";
import { startAppInstance, type AppInstance } from "./instance";
import { configureSandbox } from "./support";

/**
 * Runs the built app with known fake secrets, in live mode against the simulator, uses every page
 * and API route as an admin (including a successful and a failed DingTalk call), and fails if any
 * secret shows up in the client bundles, in any response body, or in the server's log. The build
 * itself saw the same values (tests/e2e/serve-app.mjs), so .next/static is checked against them too.
 */
const needles = {
  appSecret: E2E_DINGTALK.appSecret,
  sessionSecret: E2E_AUTH_SECRET,
  encryptionKey: E2E_ENCRYPTION_KEY,
  // The same key in hex, in case anything re-encodes it.
  encryptionKeyHex: Buffer.from(E2E_ENCRYPTION_KEY, "base64").toString("hex"),
  adminPassword: ADMIN.password,
};
const PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000000";
const concrete = (route: string) => route.replace(/\[\.\.\.[^\]]+\]/g, "x").replace(/\[[^\]]+\]/g, PLACEHOLDER_ID);

let app: AppInstance;

test.beforeAll(async () => {
  // The simulator plays this fake app, so live mode really fetches a token with the fake secret.
  await configureSandbox({ appKey: E2E_DINGTALK.appKey, appSecret: E2E_DINGTALK.appSecret });
  app = await startAppInstance(3103, {
    ...BUILD_CANARIES,
    DINGTALK_ROBOT_CODES: "dingsandboxrobot",
    ADMIN_EMAIL: ADMIN.email,
    LOG_LEVEL: "debug",
  });
});
test.afterAll(async () => {
  await app?.stop();
  await configureSandbox({ appKey: "sandbox-app-key", appSecret: "sandbox-app-secret", refuseAppKey: false });
});

function leaks(text: string): string[] {
  return Object.entries(needles)
    .filter(([, value]) => text.includes(value))
    .map(([name]) => name);
}

test("no secret reaches the browser, a response or the log", async ({ browser }) => {
  test.setTimeout(180_000);
  const found: string[] = [];
  const check = (where: string, text: string) => {
    for (const name of leaks(text)) found.push(`${name} in ${where}`);
  };

  const context = await browser.newContext({ storageState: anonymous, baseURL: app.url, locale: "en-US" });
  const page = await context.newPage();
  const bodies: Promise<void>[] = [];
  page.on("response", (response: Response) => {
    // Aborted prefetches never deliver a body; give each a few seconds rather than wait forever.
    const body = Promise.race([
      response.text(),
      new Promise<string>((resolve) => setTimeout(() => resolve(""), 5_000)),
    ]);
    bodies.push(
      body.then((text) => check(`${response.request().method()} ${response.url()}`, text)).catch(() => undefined),
    );
  });

  await page.goto("/login");
  await page.locator("#email").fill(ADMIN.email);
  await page.locator("#password").fill(ADMIN.password);
  await page.getByTestId("sign-in-form").getByRole("button").click();
  await expect(page.getByTestId("mode-badge")).toHaveText("Live");

  // Every page, as the browser loads it and as the client router fetches it (RSC payload).
  for (const { route } of listPages()) {
    await page.goto(concrete(route));
    const rsc = await context.request.get(concrete(route), { headers: { RSC: "1" } });
    check(`RSC ${route}`, await rsc.text());
  }
  for (const route of listApiRoutes()) {
    for (const { method } of route.methods) {
      const response = await context.request.fetch(concrete(route.route), { method, maxRedirects: 0 });
      check(`${method} ${route.route}`, await response.text());
    }
  }

  // A DingTalk call that works and one that fails: the secret is used in both, shown in neither.
  await testConnection(page, "Connected: DingTalk issued an access token");
  await configureSandbox({ refuseAppKey: true });
  await testConnection(page, "Connection failed");
  await configureSandbox({ refuseAppKey: false });

  await page.goto("/audit");
  const csv = await context.request.get("/api/audit/export");
  check("audit CSV", await csv.text());
  await Promise.all(bodies);
  await context.close();

  for (const { file, relative } of staticFiles()) check(relative, readFileSync(file, "utf8"));

  // Give the server a moment to flush its last log lines.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const log = app.output();
  expect(log.length, "the server logged something to scan").toBeGreaterThan(100);
  check("server log", log);

  expect(found).toEqual([]);
});

async function testConnection(page: Page, expected: string): Promise<void> {
  await page.goto("/settings");
  await expect(page.getByTestId("setting-app-key")).toContainText("••••");
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByTestId("connection-result")).toContainText(expected);
}

test("the leak check itself finds a planted secret", () => {
  expect(leaks(`prefix ${E2E_DINGTALK.appSecret} suffix`)).toEqual(["appSecret"]);
  expect(leaks(`{"key":"${needles.encryptionKeyHex}"}`)).toEqual(["encryptionKeyHex"]);
});
