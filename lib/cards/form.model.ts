import { parseAudience } from "@/lib/messages/audience.model";
import type { FieldError } from "./encode.model";
import type { SendCardInput } from "./send.schema";

/**
 * The card page's form values (react-hook-form) and what becomes of them, with no zod, so the page
 * loads without it; ./form.schema.ts checks them. Field messages are `cards.field.<code>` keys with
 * ICU params after a `|`.
 */
export interface CardFormValues {
  values: Record<string, string>;
  privateDefaults: Record<string, string>;
  privateRows: { userId: string; values: Record<string, string> }[];
  lastMessageI18n: { zh_CN: string; en_US: string };
  robotCode: string;
  audienceType: "users" | "conversation";
  userIdsText: string;
  openConversationId: string;
  coolAppCode: string;
  userIdType: "1" | "2";
  pullStrategy: boolean;
}

export function fieldErrorMessage(error: FieldError): string {
  // The shared text check's own message (validation.controlCharacter), as every other form shows it.
  if (error.code === "controlCharacter")
    return `validation.controlCharacter|${JSON.stringify({ code: error.character, position: error.position })}`;
  const params = error.bytes !== undefined ? `|${JSON.stringify({ bytes: error.bytes, max: error.max })}` : "";
  return `cards.field.${error.code}${params}`;
}

/** The form as the send action's input. */
export function toSendInput(templateId: string, form: CardFormValues): SendCardInput {
  return {
    templateId,
    values: form.values,
    privateDefaults: form.privateDefaults,
    privateRows: form.privateRows.map((row) => ({ userId: row.userId.trim(), values: row.values })),
    lastMessageI18n: form.lastMessageI18n,
    robotCode: form.robotCode,
    audience:
      form.audienceType === "users"
        ? { type: "users", userIds: parseAudience(form.userIdsText).userIds }
        : {
            type: "conversation",
            openConversationId: form.openConversationId.trim(),
            coolAppCode: form.coolAppCode.trim(),
          },
    userIdType: form.userIdType === "2" ? 2 : 1,
    pullStrategy: form.pullStrategy,
    atOpenIds: {},
  };
}
