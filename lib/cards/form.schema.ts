import { z } from "zod";
import { parseAudience } from "@/lib/broadcasts/audience";
import { encodeField, type FieldError } from "./encode";
import type { SendCardInput } from "./send.schema";
import type { CardVariable } from "./template";

/**
 * The card page's form (react-hook-form + zodResolver). Every value is checked by the same encoder
 * the server uses, so a 1.5 KB value or a malformed JSON array is refused at its own field as it is
 * typed. Messages are `cards.field.<code>` keys with ICU params after a `|`.
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
  const params = error.bytes !== undefined ? `|${JSON.stringify({ bytes: error.bytes, max: error.max })}` : "";
  return `cards.field.${error.code}${params}`;
}

const texts = z.record(z.string(), z.string());

export function cardFormSchema(variables: readonly CardVariable[]) {
  const check = (vars: readonly CardVariable[], values: Record<string, string>, path: (string | number)[], ctx: z.RefinementCtx) => {
    for (const variable of vars) {
      const text = values[variable.name];
      if (text === undefined) continue;
      const result = encodeField(variable.name, variable.type, text);
      if (!result.ok) ctx.addIssue({ code: "custom", path: [...path, variable.name], message: fieldErrorMessage(result.error) });
    }
  };
  const publicVars = variables.filter((variable) => !variable.private);
  const privateVars = variables.filter((variable) => variable.private);
  return z
    .object({
      values: texts,
      privateDefaults: texts,
      privateRows: z.array(z.object({ userId: z.string().trim().min(1, "cards.field.userIdRequired").max(100, "cards.field.userIdTooLong"), values: texts })),
      lastMessageI18n: z.object({ zh_CN: z.string().max(200, "cards.field.nameTooLong"), en_US: z.string().max(200, "cards.field.nameTooLong") }),
      robotCode: z.string().min(1, "cards.field.required"),
      audienceType: z.enum(["users", "conversation"]),
      userIdsText: z.string(),
      openConversationId: z.string(),
      coolAppCode: z.string(),
      userIdType: z.enum(["1", "2"]),
      pullStrategy: z.boolean(),
    })
    .superRefine((form, ctx) => {
      check(publicVars, form.values, ["values"], ctx);
      check(privateVars, form.privateDefaults, ["privateDefaults"], ctx);
      form.privateRows.forEach((row, index) => check(privateVars, row.values, ["privateRows", index, "values"], ctx));
      if (form.audienceType === "users" && parseAudience(form.userIdsText).userIds.length === 0) ctx.addIssue({ code: "custom", path: ["userIdsText"], message: "validation.noRecipients" });
      if (form.audienceType === "conversation") {
        if (!/^cid\S{1,200}$/.test(form.openConversationId.trim())) ctx.addIssue({ code: "custom", path: ["openConversationId"], message: "validation.conversationId" });
        if (form.coolAppCode.trim() === "") ctx.addIssue({ code: "custom", path: ["coolAppCode"], message: "cards.field.required" });
      }
    });
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
        : { type: "conversation", openConversationId: form.openConversationId.trim(), coolAppCode: form.coolAppCode.trim() },
    userIdType: form.userIdType === "2" ? 2 : 1,
    pullStrategy: form.pullStrategy,
    atOpenIds: {},
  };
}
