import "server-only";
import { findUnsafeText, type UnsafeTextAt } from "@/lib/core/text";

/**
 * The largest JSON body the automation API reads: 100,000 userIds of 64 characters with their quotes
 * and commas are about 6.7 MB, well under this, and well under the framework's own cut (10 MB), which
 * would otherwise hand the pipeline a truncated body that then reads as "not valid JSON".
 */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export type JsonBody =
  | { ok: true; value: unknown }
  | { ok: false; reason: "tooLarge" | "badJson" }
  | { ok: false; reason: "unsafeText"; at: UnsafeTextAt };

/**
 * Reads a JSON body without ever holding more than `maxBytes`: a Content-Length above the cap is
 * refused before a byte is read, and a chunked body is counted as it streams and cancelled at the cap.
 * A parsed body holding a control character or a lone surrogate anywhere (value or key) is refused
 * with its path, so such text never reaches a schema that forgot the check, the database or a log.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<JsonBody> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes)
    return { ok: false, reason: "tooLarge" };
  const bytes = await readCapped(request, maxBytes);
  if (bytes === null) return { ok: false, reason: "tooLarge" };
  let value: unknown;
  try {
    // fatal: invalid UTF-8 is not silently turned into U+FFFD.
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, reason: "badJson" };
  }
  const at = findUnsafeText(value);
  return at ? { ok: false, reason: "unsafeText", at } : { ok: true, value };
}

async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
