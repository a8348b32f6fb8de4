import { fail } from "../errors";
import { isRecord, utf8Bytes } from "./common";

export interface ParamMapLimits {
  maxKeyBytes: number;
  maxValueBytes: number;
}

/**
 * createAndDeliver documents keys <= 100 bytes and values <= 1 KB; the old interactiveCards/send
 * documents none, so it is checked for types only.
 */
export const CREATE_AND_DELIVER_LIMITS: ParamMapLimits = { maxKeyBytes: 100, maxValueBytes: 1024 };

/**
 * cardParamMap is string -> string on both card APIs; anything else (numbers, booleans, nested
 * objects) is rejected with `param.invalid`, the code both APIs list for an illegal parameter.
 */
export function parseParamMap(v: unknown, where: string, limits?: ParamMapLimits): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (!isRecord(v)) fail("param.invalid", `${where} must be an object of string values`);
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(v)) {
    if (typeof val !== "string") fail("param.invalid", `${where}.${k} must be a string`);
    if (limits && utf8Bytes(k) > limits.maxKeyBytes)
      fail("param.invalid", `${where} key longer than ${limits.maxKeyBytes} bytes`);
    if (limits && utf8Bytes(val) > limits.maxValueBytes)
      fail("param.invalid", `${where}.${k} longer than ${limits.maxValueBytes} bytes`);
    out[k] = val;
  }
  return out;
}

/** privateData: userId -> { cardParamMap }. */
export function parsePrivateData(v: unknown, limits?: ParamMapLimits): Record<string, Record<string, string>> {
  if (v === undefined || v === null) return {};
  if (!isRecord(v)) fail("param.invalid", "privateData must be an object keyed by userId");
  const out: Record<string, Record<string, string>> = {};
  for (const [userId, entry] of Object.entries(v)) {
    if (limits && utf8Bytes(userId) > limits.maxKeyBytes)
      fail("param.invalid", `privateData key longer than ${limits.maxKeyBytes} bytes`);
    if (!isRecord(entry)) fail("param.invalid", `privateData.${userId} must be an object`);
    out[userId] = parseParamMap(entry.cardParamMap, `privateData.${userId}.cardParamMap`, limits);
  }
  return out;
}
