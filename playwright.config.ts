import { defineConfig, devices } from "@playwright/test";
import { ADMIN, BUILD_CANARIES, E2E_AUTH_SECRET, E2E_ENCRYPTION_KEY, storageStates } from "./tests/e2e/accounts";

// The app in sandbox mode against a separately running simulator, so specs can configure and
// inspect the simulator over HTTP exactly as the app sees it.
// E2E_APP_PORT / E2E_SANDBOX_PORT let a second checkout run the suite beside this one.
const APP_PORT = process.env.E2E_APP_PORT ?? "3100";
const SANDBOX_PORT = process.env.E2E_SANDBOX_PORT ?? "3999";
export const APP_URL = `http://127.0.0.1:${APP_PORT}`;
export const SANDBOX_URL = `http://127.0.0.1:${SANDBOX_PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Limits for a hung page, not speed targets: a loaded two-core machine answers slowly.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: APP_URL,
    locale: "en-US",
    // No transitions mid-check: axe measures colour contrast on what is painted (app/globals.css
    // turns transitions and animations off under prefers-reduced-motion).
    contextOptions: { reducedMotion: "reduce" },
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // Signs in once per role (tests/e2e/auth.setup.ts); specs start signed in as the admin.
    { name: "setup", testMatch: /auth\.setup\.ts/, use: { ...devices["Desktop Chrome"], channel: undefined } },
    {
      name: "chromium",
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], channel: undefined, storageState: storageStates.admin },
    },
  ],
  webServer: [
    {
      command: "npx tsx scripts/sandbox.ts",
      url: `${SANDBOX_URL}/__sandbox/health`,
      env: { SANDBOX_PORT, SANDBOX_SEED: "7" },
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      command: "node tests/e2e/serve-app.mjs",
      url: `${APP_URL}/api/health`,
      env: {
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        BETTER_AUTH_SECRET: E2E_AUTH_SECRET,
        ENCRYPTION_KEY: E2E_ENCRYPTION_KEY,
        E2E_BUILD_CANARIES: JSON.stringify(BUILD_CANARIES),
      },
      // The production build comes first: about 2 minutes on an idle two-core machine, past 5 on
      // a loaded one.
      timeout: 900_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
  ],
});
