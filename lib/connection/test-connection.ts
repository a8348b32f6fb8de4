import "server-only";
import type { DingTalkClient } from "@/lib/dingtalk/client";
import { DingTalkError } from "@/lib/dingtalk/errors/dingtalk-error";

export type ConnectionTestResult =
  | { ok: true; durationMs: number }
  | { ok: false; code: string; title: string; explanation: string; action: string; requestId: string | null };

/**
 * Fetches a fresh access token. A DingTalk refusal is an expected outcome, described in the
 * reader's language; anything else is a bug and propagates.
 */
export async function testConnection(
  client: DingTalkClient,
  locale: string,
  now: () => number = performance.now.bind(performance),
): Promise<ConnectionTestResult> {
  const started = now();
  try {
    await client.verifyCredentials();
    return { ok: true, durationMs: Math.round(now() - started) };
  } catch (error) {
    if (!(error instanceof DingTalkError)) throw error;
    const description = error.describe(locale);
    return {
      ok: false,
      code: error.code,
      title: description.title,
      explanation: description.explanation,
      action: description.action,
      requestId: error.requestId ?? null,
    };
  }
}
