// Serves the console for the e2e suite: sandbox mode, a fresh embedded database every run,
// pointed at the standalone simulator Playwright starts beside it.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = path.join(root, ".e2e-data");
rmSync(dataDir, { recursive: true, force: true });

const child = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PORT: "3100",
    DATA_DIR: dataDir,
    DINGTALK_API_BASE: "http://127.0.0.1:3999",
    DINGTALK_APP_KEY: "",
    DINGTALK_APP_SECRET: "",
    DATABASE_URL: "",
    LOG_LEVEL: "warn",
  },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
