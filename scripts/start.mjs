#!/usr/bin/env node
// `npm start`: build when the sources are newer than the last build, then serve the console.
// Without DATABASE_URL or DingTalk credentials this is sandbox mode on the embedded database.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const root = path.resolve(import.meta.dirname, "..");
const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
const sources = [
  "app",
  "components",
  "lib",
  "i18n",
  "public",
  "next.config.js",
  "package-lock.json",
  "instrumentation.ts",
  "instrumentation-node.ts",
  "proxy.ts",
];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

const buildId = path.join(root, ".next", "BUILD_ID");
const stale =
  !existsSync(buildId) || sources.some((source) => newestMtime(path.join(root, source)) > statSync(buildId).mtimeMs);
if (stale || process.argv.includes("--rebuild")) {
  console.log("Building Dingcast (first start or sources changed)…");
  const build = spawnSync(process.execPath, [next, "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// The e2e harness builds with one environment and serves with another (tests/e2e/serve-app.mjs).
if (process.argv.includes("--build-only")) process.exit(0);

const port = process.env.PORT ?? "3000";
const server = spawn(process.execPath, [next, "start", "-p", port], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
