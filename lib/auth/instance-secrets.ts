import "server-only";
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { decodeEncryptionKey } from "@/lib/crypto/key";

/**
 * The two secrets a Dingcast instance needs: the session secret (signs session cookies) and the
 * encryption key (seals credentials saved in Settings).
 *
 * `npm start` must work with no configuration, so when they are not in the environment a single
 * instance generates strong ones once and keeps them in DATA_DIR/instance-secrets.json (mode 0600),
 * next to the embedded database they protect. Several instances on one PostgreSQL database would
 * each generate their own and could not read each other's sessions or saved credentials, so there
 * the caller passes `requireExplicit` and a missing secret stops the start instead.
 */
export interface InstanceSecrets {
  authSecret: string;
  encryptionKey: Buffer;
}

export interface LoadInstanceSecretsOptions {
  dataDir: string;
  /** From BETTER_AUTH_SECRET / AUTH_SECRET. */
  authSecret?: string;
  /** From ENCRYPTION_KEY, already validated by lib/env.ts. */
  encryptionKey?: string;
  requireExplicit: boolean;
  /** One line per generated secret; receives names and paths, never a value. */
  warn(message: string): void;
}

export const INSTANCE_SECRETS_FILE = "instance-secrets.json";

const storedSchema = z.object({ authSecret: z.string().min(32).optional(), encryptionKey: z.string().optional() });
type Stored = z.infer<typeof storedSchema>;

export async function loadInstanceSecrets(options: LoadInstanceSecretsOptions): Promise<InstanceSecrets> {
  const explicitKey = options.encryptionKey ? decodeEncryptionKey(options.encryptionKey) : null;
  if (options.authSecret && explicitKey) return { authSecret: options.authSecret, encryptionKey: explicitKey };

  if (options.requireExplicit) {
    const missing = options.authSecret ? "ENCRYPTION_KEY" : "BETTER_AUTH_SECRET";
    throw new Error(
      `Environment variable ${missing} must be set when DATABASE_URL is set, so that every instance shares it.`,
    );
  }

  const file = path.resolve(options.dataDir, INSTANCE_SECRETS_FILE);
  const stored = await readStored(file);
  const next: Stored = { ...stored };
  if (!options.authSecret && !stored.authSecret) next.authSecret = randomBytes(32).toString("base64url");
  if (!explicitKey && !(stored.encryptionKey && decodeEncryptionKey(stored.encryptionKey)))
    next.encryptionKey = randomBytes(32).toString("base64");
  if (next.authSecret !== stored.authSecret || next.encryptionKey !== stored.encryptionKey)
    await writeStored(file, next);
  else await chmod(file, 0o600).catch(() => undefined);

  if (!options.authSecret)
    options.warn(
      `BETTER_AUTH_SECRET is not set: using the session secret generated in ${file}. Set it to keep sessions valid if that file is lost.`,
    );
  if (!explicitKey)
    options.warn(
      `ENCRYPTION_KEY is not set: using the key generated in ${file}. Back that file up: credentials saved in Settings cannot be read without it.`,
    );

  const encryptionKey = explicitKey ?? decodeEncryptionKey(next.encryptionKey ?? "");
  const authSecret = options.authSecret ?? next.authSecret;
  if (!encryptionKey || !authSecret)
    throw new Error(`The generated secrets in ${file} are unreadable; remove the file to generate new ones.`);
  return { authSecret, encryptionKey };
}

async function readStored(file: string): Promise<Stored> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (isMissingFile(error)) return {};
    throw error;
  }
  const parsed = storedSchema.safeParse(safeJson(text));
  if (!parsed.success)
    throw new Error(`The generated secrets in ${file} are unreadable; remove the file to generate new ones.`);
  return parsed.data;
}

async function writeStored(file: string, stored: Stored): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  // Write beside and rename, so a crash mid-write never leaves a half file that loses the key.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, file);
  await chmod(file, 0o600);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isMissingFile(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "ENOENT";
}
