import type * as z from "zod/mini";
// The module exports exactly the six action-card entries; a namespace lists its names in code-unit
// order, which is the catalog's order for them (sampleActionCard, sampleActionCard2 … 6; catalog.test.ts
// checks the keys).
import * as actionCards from "./families/action-card";
import { sampleImageMsg } from "./families/image";
import { sampleLink } from "./families/link";
import { sampleMarkdown } from "./families/markdown";
import { sampleAudio, sampleFile, sampleVideo } from "./families/media";
import { sampleText } from "./families/text";
import { field, readLooseParam } from "./loose-param";
import { markdownToPlainText, parseMarkdown } from "./markdown";
import type { MessageTypeEntry } from "./types";

/** Every msgKey a DingTalk enterprise bot can send with oToMessages/batchSend, in picker order. */
export const msgKeys = [
  "sampleText",
  "sampleMarkdown",
  "sampleImageMsg",
  "sampleLink",
  "sampleActionCard",
  "sampleActionCard2",
  "sampleActionCard3",
  "sampleActionCard4",
  "sampleActionCard5",
  "sampleActionCard6",
  "sampleAudio",
  "sampleFile",
  "sampleVideo",
] as const;

export type MsgKey = (typeof msgKeys)[number];

/** `satisfies` proves every msgKey has exactly its own entry, and keeps each entry's precise type. */
export const catalog = {
  sampleText,
  sampleMarkdown,
  sampleImageMsg,
  sampleLink,
  ...actionCards,
  sampleAudio,
  sampleFile,
  sampleVideo,
} as const satisfies { readonly [K in MsgKey]: MessageTypeEntry<K> };

export type MsgParamSchemas = { readonly [K in MsgKey]: ReturnType<(typeof catalog)[K]["schema"]> };
/** msgParam as a form holds it: every field present as a string. */
export type MsgParamValues<K extends MsgKey> = { [P in keyof z.input<MsgParamSchemas[K]>]-?: string };

const KEY_SET: ReadonlySet<string> = new Set(msgKeys);

export function isMsgKey(value: unknown): value is MsgKey {
  return typeof value === "string" && KEY_SET.has(value);
}

/** Empty strings for every field of the msgKey: the compose form's initial values. */
export function defaultMsgParam<K extends MsgKey>(msgKey: K): MsgParamValues<K> {
  const values = Object.fromEntries(catalog[msgKey].fields.map((f) => [f.name, ""]));
  // The entry's fields are the schema's keys (both built from the same specs in defineMessageType).
  return values as MsgParamValues<K>;
}

/**
 * The msgParam string DingTalk expects: a JSON object holding exactly this msgKey's fields, in
 * catalog order, every value a trimmed string ("" for an absent optional field). Unknown fields
 * are dropped so a form that switched msgKey never leaks the previous type's values.
 */
export function encodeMsgParam(msgKey: MsgKey, values: unknown): string {
  const param = readLooseParam(values);
  const out: Record<string, string> = {};
  for (const f of catalog[msgKey].fields) out[f.name] = field(param, f.name);
  return JSON.stringify(out);
}

const SUMMARY_MAX = 120;

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > SUMMARY_MAX ? `${flat.slice(0, SUMMARY_MAX - 1).trimEnd()}…` : flat;
}

/** Seconds as m:ss (or h:mm:ss), the way chat apps show voice and video lengths. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

/** Voice durations are in ms; a 300 ms clip still shows as 0:01, as chat apps round voice up. */
export function audioSeconds(milliseconds: number): number {
  return Math.ceil(milliseconds / 1000);
}

/** A digit string as a positive integer, or null (the preview tolerates half-typed durations). */
export function parseDigits(value: string): number | null {
  if (!/^\d{1,9}$/.test(value)) return null;
  const n = Number(value);
  return n > 0 ? n : null;
}

/**
 * One line of plain text for message lists: what the recipient would recognise the message by.
 * Types without text (image, voice, video) give "" or a duration; lists show the type's label next
 * to it anyway. Accepts the stored JSON string or an object, never throws.
 */
export function summarize(msgKey: string, msgParam: unknown): string {
  if (!isMsgKey(msgKey)) return "";
  const param = readLooseParam(msgParam);
  const get = (name: string) => field(param, name);
  switch (catalog[msgKey].family) {
    case "text":
      return oneLine(get("content"));
    case "markdown":
    case "actionCard":
      // The title is what DingTalk itself shows in the chat list for these types.
      return oneLine(get("title") || markdownToPlainText(parseMarkdown(get("text"))));
    case "link":
      return oneLine(get("title") || get("text"));
    case "image":
      return "";
    case "media": {
      if (msgKey === "sampleFile") return oneLine(get("fileName"));
      const raw = parseDigits(get("duration"));
      if (raw === null) return "";
      return formatDuration(msgKey === "sampleAudio" ? audioSeconds(raw) : raw);
    }
  }
}
