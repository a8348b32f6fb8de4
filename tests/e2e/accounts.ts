import path from "node:path";

/**
 * Accounts and fake secrets of the e2e app (tests/e2e/serve-app.mjs). The admin is created at start
 * from ADMIN_EMAIL/ADMIN_PASSWORD; auth.setup.ts signs in as each role once and saves the cookies.
 * The secrets are fake but realistic, so the leak test (secrets.spec.ts) can look for them.
 */
export const ADMIN = { email: "admin@dingcast.test", password: "e2e-admin-password-1", name: "E2E Admin" };
export const SENDER = { email: "sender@dingcast.test", password: "e2e-sender-password-1", name: "E2E Sender" };
export const VIEWER = { email: "viewer@dingcast.test", password: "e2e-viewer-password-1", name: "E2E Viewer" };

export const E2E_AUTH_SECRET = "e2e-session-secret-7f3a9c2b5d8e1f4a6b0c3d9e2f5a8b1c";
export const E2E_ENCRYPTION_KEY = "ZTJlLWVuY3J5cHRpb24ta2V5LTMyLWJ5dGVzLWxvbmc="; // base64 of 32 bytes

/** A fake DingTalk app: the leak test runs a live-mode instance with it against the simulator. */
export const E2E_DINGTALK = { appKey: "dingfakeappkey5a6b7c", appSecret: "FAKE-app-secret-9b8c7d6e5f4a3b2c1d0e" };

/** What the e2e build sees (tests/e2e/serve-app.mjs), so nothing may inline them into .next/static. */
export const BUILD_CANARIES = {
  DINGTALK_APP_KEY: E2E_DINGTALK.appKey,
  DINGTALK_APP_SECRET: E2E_DINGTALK.appSecret,
  BETTER_AUTH_SECRET: E2E_AUTH_SECRET,
  ENCRYPTION_KEY: E2E_ENCRYPTION_KEY,
  ADMIN_PASSWORD: ADMIN.password,
};

const stateDir = path.resolve(import.meta.dirname, "../../test-results/.auth");
export const storageStates = {
  admin: path.join(stateDir, "admin.json"),
  sender: path.join(stateDir, "sender.json"),
  viewer: path.join(stateDir, "viewer.json"),
} as const;

/** A context with no cookies at all, for anonymous requests. */
export const anonymous = { cookies: [], origins: [] };
