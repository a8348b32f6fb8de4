import { defineConfig, devices } from "@playwright/test";

// The app in sandbox mode against a separately running simulator, so specs can configure and
// inspect the simulator over HTTP exactly as the app sees it.
export const APP_URL = "http://127.0.0.1:3100";
export const SANDBOX_URL = "http://127.0.0.1:3999";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: APP_URL,
    locale: "en-US",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      command: "npx tsx scripts/sandbox.ts",
      url: `${SANDBOX_URL}/__sandbox/health`,
      env: { SANDBOX_PORT: "3999", SANDBOX_SEED: "7" },
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      command: "node tests/e2e/serve-app.mjs",
      url: `${APP_URL}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
  ],
});
