import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");

describe("scripts/sandbox.ts", () => {
  it("prints its URL, applies flags and env, and exits 0 on SIGTERM", async () => {
    const child = spawn(tsx, ["scripts/sandbox.ts", "--port", "0", "--qps=7"], {
      cwd: root,
      env: { ...process.env, SANDBOX_SEED: "77", SANDBOX_READ_SHARE: "0.25", SANDBOX_PORT: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const line = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        if (out.includes("\n")) resolve(out.trim());
      });
      child.on("exit", (code) => reject(new Error(`exited early (${code}): ${stderr}`)));
    });
    expect(line).toMatch(/^sandbox listening on http:\/\/127\.0\.0\.1:\d+$/);
    const url = line.replace("sandbox listening on ", "");
    const cfg = (await (await fetch(`${url}/__sandbox/config`)).json()) as {
      config: { seed: number; qps: number; readShare: number };
    };
    expect(cfg.config).toMatchObject({ seed: 77, qps: 7, readShare: 0.25 });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
