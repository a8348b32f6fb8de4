import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { openSecret, sealSecret } from "@/lib/crypto/secret-box";
import type { Database } from "@/lib/db/client";
import { settings } from "@/lib/db/schema";

/**
 * DingTalk credentials saved from Settings, sealed with AES-256-GCM (lib/crypto/secret-box.ts)
 * in the `setting` table. Environment variables win: these apply only where the environment has
 * no value, and the console never shows more than "configured" and the last characters.
 */
export const CREDENTIALS_SETTING_KEY = "dingtalk.credentials";

const storedSchema = z.object({ appKey: z.string(), appSecret: z.string(), robotCodes: z.array(z.string()) });

export interface SavedCredentials {
  appKey: string;
  appSecret: string;
  robotCodes: string[];
}

export interface EnvironmentCredentials {
  appKey?: string;
  appSecret?: string;
  robotCodes?: string[];
}

type CredentialSource = "environment" | "settings" | "sandbox";

export interface ResolvedCredentials {
  source: CredentialSource;
  /** Absent in sandbox mode, where the simulator's built-in app is used. */
  appKey: string | null;
  appSecret: string | null;
  robotCodes: string[] | null;
}

export async function loadSavedCredentials(db: Database, key: Buffer): Promise<SavedCredentials | null> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, CREDENTIALS_SETTING_KEY))
    .limit(1);
  if (!row) return null;
  const stored = storedSchema.parse(row.value);
  return {
    appKey: openSecret(key, stored.appKey, "dingtalk.appKey"),
    appSecret: openSecret(key, stored.appSecret, "dingtalk.appSecret"),
    robotCodes: stored.robotCodes,
  };
}

/** Saves credentials; an empty `appSecret` keeps the one already saved (the form never shows it). */
export async function saveCredentials(
  db: Database,
  key: Buffer,
  input: { appKey: string; appSecret?: string; robotCodes: string[] },
): Promise<void> {
  const previous = input.appSecret ? null : await loadSavedCredentials(db, key);
  const appSecret = input.appSecret || previous?.appSecret;
  if (!appSecret) throw new Error("An app secret is required the first time credentials are saved.");
  const value = {
    appKey: sealSecret(key, input.appKey, "dingtalk.appKey"),
    appSecret: sealSecret(key, appSecret, "dingtalk.appSecret"),
    robotCodes: input.robotCodes,
  };
  await db
    .insert(settings)
    .values({ key: CREDENTIALS_SETTING_KEY, value, updatedAt: new Date() })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
}

export async function clearSavedCredentials(db: Database): Promise<void> {
  await db.delete(settings).where(eq(settings.key, CREDENTIALS_SETTING_KEY));
}

/** The environment's pair wins as a pair; robot codes are taken from wherever they are set. */
export function resolveCredentials(
  environment: EnvironmentCredentials,
  saved: SavedCredentials | null,
): ResolvedCredentials {
  if (environment.appKey && environment.appSecret) {
    return {
      source: "environment",
      appKey: environment.appKey,
      appSecret: environment.appSecret,
      robotCodes: environment.robotCodes ?? saved?.robotCodes ?? null,
    };
  }
  if (saved)
    return {
      source: "settings",
      appKey: saved.appKey,
      appSecret: saved.appSecret,
      robotCodes: environment.robotCodes ?? saved.robotCodes,
    };
  return { source: "sandbox", appKey: null, appSecret: null, robotCodes: environment.robotCodes ?? null };
}
