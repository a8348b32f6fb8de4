import { defaultMsgParam, isMsgKey, type MsgKey } from "@/lib/message-types/catalog";
import type { ComposeFormValues } from "./compose-form.schema";
import { isoToLocalInputValue, parseLocalDateTime, toOffsetIso } from "./schedule";

/*
 * The draft is the form as the admin left it, saved on the server as free-form JSON. Reading it
 * back trusts nothing: a draft written by an older version, or edited by hand, must still open.
 */

/** The userId list as text: what was pasted, or the ids of an uploaded file one per line. */
export interface AudienceText {
  text: string;
  /** Set when the ids came from a file, so a restored draft shows the file rather than a huge paste. */
  fileName: string | null;
}

/** Prefill from elsewhere (e.g. "remind the non-readers" of a sent message); wins over the draft. */
export interface ComposeInitialValues {
  message?: { msgKey: string; msgParam: Readonly<Record<string, unknown>> };
  audience?:
    | { type: "users"; userIds: readonly string[] }
    | { type: "conversation"; openConversationId: string; coolAppCode: string };
}

export interface InitialComposeState {
  values: ComposeFormValues;
  audience: AudienceText;
  /** True when a saved draft was loaded (the status line says so). */
  restored: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/**
 * msgParam for msgKey with every field present: values taken from `source` where a field of the
 * same name exists (so switching type keeps title and text), "" elsewhere.
 */
export function fillMsgParam(msgKey: MsgKey, source: unknown): Record<string, string> {
  const param: Record<string, string> = { ...defaultMsgParam(msgKey) };
  if (isRecord(source)) {
    for (const name of Object.keys(param)) {
      const value = source[name];
      if (typeof value === "string") param[name] = value;
      else if (typeof value === "number") param[name] = String(value);
    }
  }
  return param;
}

export function hasMessageContent(msgParam: Readonly<Record<string, string>>): boolean {
  return Object.values(msgParam).some((value) => value.trim() !== "");
}

export function emptyFormValues(robotCodes: readonly string[]): ComposeFormValues {
  return {
    message: { msgKey: "sampleText", msgParam: fillMsgParam("sampleText", null) },
    // With a single configured robot there is nothing to choose.
    robotCode: robotCodes.length === 1 ? (robotCodes[0] ?? "") : "",
    audience: { type: "users", openConversationId: "", coolAppCode: "" },
    schedule: { mode: "now", at: "" },
  };
}

export function toDraftPayload(values: ComposeFormValues, audience: AudienceText): Record<string, unknown> {
  const scheduled = parseLocalDateTime(values.schedule.at);
  return {
    msgKey: values.message.msgKey,
    msgParam: values.message.msgParam,
    robotCode: values.robotCode,
    audienceType: values.audience.type,
    audienceText: audience.text,
    audienceFileName: audience.fileName,
    openConversationId: values.audience.openConversationId,
    coolAppCode: values.audience.coolAppCode,
    scheduleMode: values.schedule.mode,
    // Stored with its offset, so the draft names the same instant wherever it is reopened.
    scheduledAt: scheduled ? toOffsetIso(scheduled) : "",
  };
}

export function initialComposeState(
  draft: Record<string, unknown> | null,
  initial: ComposeInitialValues | undefined,
  robotCodes: readonly string[],
): InitialComposeState {
  const values = emptyFormValues(robotCodes);
  let audience: AudienceText = { text: "", fileName: null };
  if (draft) {
    const msgKey = draft.msgKey;
    if (isMsgKey(msgKey)) values.message = { msgKey, msgParam: fillMsgParam(msgKey, draft.msgParam) };
    // A robot removed from the configuration since the draft was saved is not offered again.
    if (robotCodes.includes(text(draft.robotCode))) values.robotCode = text(draft.robotCode);
    values.audience = {
      type: draft.audienceType === "conversation" ? "conversation" : "users",
      openConversationId: text(draft.openConversationId),
      coolAppCode: text(draft.coolAppCode),
    };
    values.schedule = {
      mode: draft.scheduleMode === "schedule" ? "schedule" : "now",
      at: isoToLocalInputValue(draft.scheduledAt),
    };
    const fileName = text(draft.audienceFileName);
    audience = { text: text(draft.audienceText), fileName: fileName || null };
  }
  if (initial?.message && isMsgKey(initial.message.msgKey)) {
    values.message = {
      msgKey: initial.message.msgKey,
      msgParam: fillMsgParam(initial.message.msgKey, initial.message.msgParam),
    };
  }
  if (initial?.audience?.type === "users") {
    values.audience = { ...values.audience, type: "users" };
    audience = { text: initial.audience.userIds.join("\n"), fileName: null };
  } else if (initial?.audience?.type === "conversation") {
    values.audience = {
      type: "conversation",
      openConversationId: initial.audience.openConversationId,
      coolAppCode: initial.audience.coolAppCode,
    };
  }
  return { values, audience, restored: draft !== null && !initial };
}
