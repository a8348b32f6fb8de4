import { findUnsafeCharacter, findUnsafeText, nullRecord } from "@/lib/core/text";
import type { CardVariable } from "./card-export.model";

/**
 * DingTalk's card data rules (https://open.dingtalk.com/document/development/create-and-deliver-cards):
 * cardParamMap is
 * string -> string; numbers and booleans go in as strings, objects and arrays as JSON strings; a key
 * may take 100 bytes and a value 1 KB, counted in UTF-8 bytes (a Chinese character is 3). The limits
 * are documented for createAndDeliver; Dingcast applies them to the legacy API as well, so a
 * template can switch API without its data suddenly being refused.
 */
export const MAX_KEY_BYTES = 100;
export const MAX_VALUE_BYTES = 1024;

/** How the form edits a variable. Builder types it does not know are edited as plain text. */
export type FieldKind = "string" | "markdown" | "number" | "boolean" | "object" | "array";

const OBJECT_TYPES = new Set(["object", "table", "form", "json", "map"]);

export function fieldKind(type: string): FieldKind {
  if (type === "string" || type === "markdown" || type === "number" || type === "boolean") return type;
  if (OBJECT_TYPES.has(type)) return "object";
  if (/array$|^list$/i.test(type)) return "array";
  return "string";
}

function isJsonKind(kind: FieldKind): kind is "object" | "array" {
  return kind === "object" || kind === "array";
}

type FieldErrorCode =
  | "notNumber"
  | "notBoolean"
  | "notJson"
  | "notObject"
  | "notArray"
  | "valueTooLong"
  | "keyTooLong"
  | "controlCharacter"
  | "unknownVariable";
export interface FieldError {
  code: FieldErrorCode;
  /** For the size errors: the measured bytes and the limit. */
  bytes?: number;
  max?: number;
  /** For controlCharacter: the character (`U+0000`) and its 1-based position in the text. */
  character?: string;
  position?: number;
}

export type EncodeResult = { ok: true; value: string } | { ok: false; error: FieldError };

const encoder = new TextEncoder();
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

function checkSize(key: string, value: string): EncodeResult {
  const keyBytes = utf8Bytes(key);
  if (keyBytes > MAX_KEY_BYTES)
    return { ok: false, error: { code: "keyTooLong", bytes: keyBytes, max: MAX_KEY_BYTES } };
  const bytes = utf8Bytes(value);
  if (bytes > MAX_VALUE_BYTES) return { ok: false, error: { code: "valueTooLong", bytes, max: MAX_VALUE_BYTES } };
  return { ok: true, value };
}

/** One form text -> the string DingTalk receives for `key`, or why it cannot be sent. */
export function encodeField(key: string, type: string, text: string): EncodeResult {
  // The shared text check (lib/core/text.ts): PostgreSQL refuses U+0000, a lone surrogate is no UTF-8.
  const unsafe = findUnsafeCharacter(text);
  if (unsafe)
    return { ok: false, error: { code: "controlCharacter", character: unsafe.code, position: unsafe.position } };
  const kind = fieldKind(type);
  switch (kind) {
    case "string":
    case "markdown":
      return checkSize(key, text);
    case "number": {
      const trimmed = text.trim();
      if (trimmed === "") return checkSize(key, "");
      const value = Number(trimmed);
      if (!Number.isFinite(value)) return { ok: false, error: { code: "notNumber" } };
      return checkSize(key, String(value));
    }
    case "boolean": {
      const trimmed = text.trim();
      if (trimmed !== "true" && trimmed !== "false") return { ok: false, error: { code: "notBoolean" } };
      return checkSize(key, trimmed);
    }
    case "object":
    case "array": {
      if (text.trim() === "") return checkSize(key, "");
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return { ok: false, error: { code: "notJson" } };
      }
      if (kind === "array" && !Array.isArray(parsed)) return { ok: false, error: { code: "notArray" } };
      if (kind === "object" && (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)))
        return { ok: false, error: { code: "notObject" } };
      // "\u0000" written as an escape inside the JSON: refused like the raw character.
      const inJson = findUnsafeText(parsed);
      if (inJson)
        return { ok: false, error: { code: "controlCharacter", character: inJson.code, position: inJson.position } };
      // Compact JSON: the pretty-printed form text would waste the 1 KB on whitespace.
      return checkSize(key, JSON.stringify(parsed));
    }
  }
}

/** A builder sample value (mockData) as the text the form edits. */
function toFieldText(type: string, value: unknown): string {
  const kind = fieldKind(type);
  if (value === undefined || value === null) return kind === "boolean" ? "false" : "";
  if (isJsonKind(kind)) {
    if (typeof value === "string") return value;
    return JSON.stringify(value, null, 2);
  }
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** The encoded string back to the typed value the preview binds (never throws). */
export function decodeValue(type: string, encoded: string): unknown {
  const kind = fieldKind(type);
  if (kind === "number") return encoded.trim() === "" ? "" : Number(encoded);
  if (kind === "boolean") return encoded === "true";
  if (isJsonKind(kind)) {
    try {
      return JSON.parse(encoded) as unknown;
    } catch {
      return kind === "array" ? [] : {};
    }
  }
  return encoded;
}

type ParamMap = Record<string, string>;
export interface EncodedMap {
  map: ParamMap;
  /** variable name -> why its value cannot be sent. */
  errors: Record<string, FieldError>;
}

/** Encodes the given variables' texts; a variable without a text is left out. */
export function encodeValues(
  variables: readonly CardVariable[],
  texts: Readonly<Record<string, string | undefined>>,
  /** Every variable the template declares (public and private); a text for any other name is refused. */
  declared: readonly CardVariable[] = variables,
): EncodedMap {
  // Null prototype: variables named "__proto__" or "constructor" stay plain keys.
  const map: ParamMap = nullRecord();
  const errors: Record<string, FieldError> = nullRecord();
  const known = new Set(declared.map((variable) => variable.name));
  for (const variable of variables) {
    const text = ownText(texts, variable.name);
    if (text === undefined) continue;
    const result = encodeField(variable.name, variable.type, text);
    if (result.ok) map[variable.name] = result.value;
    else errors[variable.name] = result.error;
  }
  // A value for a variable the template does not have is refused by name, not dropped silently.
  for (const name of Object.keys(texts)) if (!known.has(name)) errors[name] = { code: "unknownVariable" };
  return { map, errors };
}

/** `texts[name]` when it is the object's own string: never an inherited `constructor` or `__proto__`. */
function ownText(texts: Readonly<Record<string, unknown>>, name: string): string | undefined {
  if (!Object.hasOwn(texts, name)) return undefined;
  const text = texts[name];
  return typeof text === "string" ? text : undefined;
}

/** Typed data for the preview from form texts: what cannot be encoded shows as typed anyway. */
export function previewData(
  variables: readonly CardVariable[],
  texts: Readonly<Record<string, string | undefined>>,
): Record<string, unknown> {
  const data: Record<string, unknown> = nullRecord();
  for (const variable of variables) {
    const text = ownText(texts, variable.name);
    if (text === undefined) continue;
    const result = encodeField(variable.name, variable.type, text);
    data[variable.name] = decodeValue(variable.type, result.ok ? result.value : text);
  }
  return data;
}

/** Prefill for the form from the builder's mockData (private variables read cardPrivateData first). */
export function initialTexts(
  variables: readonly CardVariable[],
  mock: { cardData: Record<string, unknown>; cardPrivateData: Record<string, unknown> },
): Record<string, string> {
  const texts: Record<string, string> = nullRecord();
  for (const variable of variables) {
    const value =
      variable.private && Object.hasOwn(mock.cardPrivateData, variable.name)
        ? mock.cardPrivateData[variable.name]
        : Object.hasOwn(mock.cardData, variable.name)
          ? mock.cardData[variable.name]
          : undefined;
    texts[variable.name] = toFieldText(variable.type, value);
  }
  return texts;
}
