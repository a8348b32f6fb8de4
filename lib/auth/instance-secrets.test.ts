import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { INSTANCE_SECRETS_FILE, loadInstanceSecrets } from "./instance-secrets";

describe("instance secrets", () => {
  let dataDir: string;
  let warnings: string[];
  const warn = (message: string) => warnings.push(message);

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "dingcast-secrets-"));
    warnings = [];
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it("generates strong secrets once, keeps them private, and reuses them", async () => {
    const first = await loadInstanceSecrets({ dataDir, requireExplicit: false, warn });
    expect(first.authSecret.length).toBeGreaterThanOrEqual(32);
    expect(first.encryptionKey).toHaveLength(32);
    const file = path.join(dataDir, INSTANCE_SECRETS_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    const second = await loadInstanceSecrets({ dataDir, requireExplicit: false, warn });
    expect(second.authSecret).toBe(first.authSecret);
    expect(second.encryptionKey.equals(first.encryptionKey)).toBe(true);

    // One warning per generated secret per start, naming the variable and never the value.
    expect(warnings).toHaveLength(4);
    for (const line of warnings) {
      expect(line).not.toContain(first.authSecret);
      expect(line).not.toContain(first.encryptionKey.toString("base64"));
    }
    expect(warnings[0]).toMatch(/BETTER_AUTH_SECRET/);
    expect(warnings[1]).toMatch(/ENCRYPTION_KEY/);
  });

  it("uses the environment's secrets and writes nothing when both are given", async () => {
    const key = randomBytes(32);
    const secrets = await loadInstanceSecrets({
      dataDir,
      authSecret: "x".repeat(40),
      encryptionKey: key.toString("hex"),
      requireExplicit: true,
      warn,
    });
    expect(secrets.authSecret).toBe("x".repeat(40));
    expect(secrets.encryptionKey.equals(key)).toBe(true);
    expect(warnings).toEqual([]);
    await expect(readFile(path.join(dataDir, INSTANCE_SECRETS_FILE))).rejects.toThrow();
  });

  it("generates only the missing one", async () => {
    const secrets = await loadInstanceSecrets({ dataDir, authSecret: "y".repeat(40), requireExplicit: false, warn });
    expect(secrets.authSecret).toBe("y".repeat(40));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/ENCRYPTION_KEY/);
  });

  it("requires both explicitly when asked to, with one sentence naming the variable", async () => {
    await expect(loadInstanceSecrets({ dataDir, requireExplicit: true, warn })).rejects.toThrow(
      "Environment variable BETTER_AUTH_SECRET must be set when DATABASE_URL is set, so that every instance shares it.",
    );
    await expect(
      loadInstanceSecrets({ dataDir, authSecret: "z".repeat(40), requireExplicit: true, warn }),
    ).rejects.toThrow(/ENCRYPTION_KEY/);
  });
});
