import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

describe("npm run create-api-key refusing a key", () => {
  it("prints an English sentence, not a translation key, and creates nothing", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "dingcast-cli-"));
    try {
      const result = spawnSync(
        path.join(root, "node_modules/.bin/tsx"),
        [
          "--conditions=react-server",
          "scripts/create-api-key.ts",
          "--name",
          "Ops",
          "--scopes",
          "send",
          "--expires",
          "2020-01-01T00:00:00Z",
        ],
        {
          cwd: root,
          encoding: "utf8",
          env: {
            PATH: process.env.PATH ?? "",
            HOME: process.env.HOME ?? "",
            NODE_ENV: "production",
            DATA_DIR: dataDir,
          },
          timeout: 60_000,
        },
      );
      expect(result.stderr.trim()).toBe("create-api-key: --expires: Choose a time in the future.");
      expect(result.stderr).not.toContain("validation.");
      expect(result.stdout).toBe("");
      expect(result.status).toBe(2);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
