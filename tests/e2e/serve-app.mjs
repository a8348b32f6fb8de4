// Serves the console for the e2e suite: sandbox mode, a fresh embedded database every run,
// pointed at the standalone simulator Playwright starts beside it.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = path.join(root, ".e2e-data");
rmSync(dataDir, { recursive: true, force: true });

// The build sees fake secrets under their real names (E2E_BUILD_CANARIES, from playwright.config.ts),
// so tests/e2e/secrets.spec.ts can prove none of them was inlined into .next/static. A build made
// without them (say, by `npm start`) is redone once; the marker holds a hash, never the values.
const canaries = process.env.E2E_BUILD_CANARIES ?? "{}";
const marker = path.join(root, ".next", "e2e-canaries.sha256");
const fingerprint = createHash("sha256").update(canaries).digest("hex");
const canaryBuild = existsSync(marker) && readFileSync(marker, "utf8") === fingerprint;
const build = spawnSync(
  process.execPath,
  [path.join(root, "scripts/start.mjs"), "--build-only", ...(canaryBuild ? [] : ["--rebuild"])],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...JSON.parse(canaries) },
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);
writeFileSync(marker, fingerprint);

const child = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PORT: process.env.E2E_APP_PORT ?? "3100",
    DATA_DIR: dataDir,
    DINGTALK_API_BASE: `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? "3999"}`,
    DINGTALK_APP_KEY: "",
    DINGTALK_APP_SECRET: "",
    DATABASE_URL: "",
    LOG_LEVEL: "warn",
  },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
