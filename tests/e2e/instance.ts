import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SANDBOX_URL } from "../../playwright.config";

/**
 * A second app process on its own port and its own data directory (a fresh one unless the caller
 * passes one to start on again), from the build the webServer already made (next start, no
 * rebuild). Its stdout and stderr are kept for the specs that read the log (the secret-leak test).
 */
export interface AppInstance {
  url: string;
  output(): string;
  /** SIGTERM (SIGKILL after 15 s), then the data directory is removed unless the caller passed it. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash would, and wait for the exit; the data directory is left as it is. */
  kill(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, "../..");

export async function startAppInstance(
  port: number,
  env: Record<string, string>,
  options: { dataDir?: string } = {},
): Promise<AppInstance> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), `dingcast-e2e-${port}-`));
  const chunks: string[] = [];
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        DINGTALK_API_BASE: SANDBOX_URL,
        DINGTALK_APP_KEY: "",
        DINGTALK_APP_SECRET: "",
        ADMIN_EMAIL: "",
        ADMIN_PASSWORD: "",
        BETTER_AUTH_SECRET: "",
        ENCRYPTION_KEY: "",
        LOG_LEVEL: "info",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
  const url = `http://127.0.0.1:${port}`;
  // A process ended by a signal keeps exitCode null and has a signalCode instead.
  const running = () => child.exitCode === null && child.signalCode === null;

  const stop = async () => {
    if (running()) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (running()) child.kill("SIGKILL");
    }
    if (options.dataDir === undefined) rmSync(dataDir, { recursive: true, force: true });
  };
  const kill = async () => {
    if (!running()) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  };

  // A limit for a server that never comes up, not a speed target (a loaded machine starts slowly).
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (!running()) throw new Error(`the app on port ${port} exited early:\n${chunks.join("")}`);
    const healthy = await fetch(`${url}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the app on port ${port} did not become healthy:\n${chunks.join("")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { url, output: () => chunks.join(""), stop, kill };
}
