import "server-only";
import { parseArgs } from "node:util";
import { openDatabase } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { issueApiKey } from "./key-admin";
import { createApiKeySchema } from "./keys.schema";

const USAGE = "usage: npm run create-api-key -- --name NAME --scopes send,read [--expires 2030-12-31T23:59:59Z]";

/** `--name`, `--scopes`, `--expires` -> the same input the Settings form sends, or why not. */
export function parseCreateKeyArgs(
  argv: readonly string[],
): { ok: true; input: ReturnType<typeof createApiKeySchema.parse> } | { ok: false; error: string } {
  let values: { name?: string; scopes?: string; expires?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { name: { type: "string" }, scopes: { type: "string" }, expires: { type: "string" } },
      strict: true,
    }));
  } catch (error) {
    return { ok: false, error: `${error instanceof Error ? error.message : String(error)}\n${USAGE}` };
  }
  const parsed = createApiKeySchema.safeParse({
    name: values.name ?? "",
    scopes: (values.scopes ?? "")
      .split(",")
      .map((scope) => scope.trim())
      .filter(Boolean),
    expiresAt: values.expires ?? null,
  });
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "arguments")))];
    return {
      ok: false,
      error: `invalid ${fields.map((field) => (field === "expiresAt" ? "--expires" : `--${field}`)).join(", ")} (scopes: send, read)\n${USAGE}`,
    };
  }
  return { ok: true, input: parsed.data };
}

/**
 * Creates a key in the configured database (DATABASE_URL, else the embedded one under DATA_DIR)
 * and returns it. The audit trail records it as made by the system, with the key's prefix.
 */
export async function createKeyFromCli(
  input: ReturnType<typeof createApiKeySchema.parse>,
  database: { url?: string; dataDir: string },
): Promise<string> {
  const handle = await openDatabase(database);
  try {
    await migrateDatabase(handle);
    const { key } = await issueApiKey(handle.db, input, { id: null, email: "cli:create-api-key" });
    return key;
  } finally {
    await handle.close();
  }
}
