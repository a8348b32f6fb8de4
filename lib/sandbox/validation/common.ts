import { fail } from "../errors";

export type JsonObject = Record<string, unknown>;

export function isRecord(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * A string field that may be absent. Absent, null and "" all count as missing (DingTalk rejects
 * empty strings as "empty"); a value of another type is a malformed request.
 */
export function optString(
  body: JsonObject,
  key: string,
  badTypeCode = "invalidParameter.param.invalid",
): string | undefined {
  const v = body[key];
  if (v === undefined || v === null || v === "") return undefined;
  if (typeof v !== "string") fail(badTypeCode, `${key} must be a string`);
  return v;
}

/** A string field the request must carry: `missingCode` when absent, null or "", as optString otherwise. */
export function requireString(
  body: JsonObject,
  key: string,
  missingCode: string,
  badTypeCode = "invalidParameter.param.invalid",
): string {
  const v = optString(body, key, badTypeCode);
  if (!v) fail(missingCode);
  return v;
}

/** A list of non-empty strings, or undefined when absent. */
export function optStringList(body: JsonObject, key: string, badCode: string): string[] | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) fail("invalidParameter.param.invalid", `${key} must be an array`);
  for (const item of v) if (typeof item !== "string" || item === "") fail(badCode);
  return v as string[];
}

export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/** Open conversation ids are base64 strings DingTalk prefixes with `cid`. */
export function isWellFormedCid(cid: string): boolean {
  return /^cid[A-Za-z0-9+/=_\-]{1,200}$/.test(cid);
}
