import * as z from "zod/mini";
import { parseAudience } from "@/lib/messages/audience.model";
import { encodeField } from "./encode.model";
import type { CardVariable } from "./card-export.model";
import { fieldErrorMessage } from "./form.model";

/**
 * The card page's form schema (react-hook-form + zodResolver, loaded on the form's first check).
 * Every value is checked by the same encoder the server uses, so a 1.5 KB value or a malformed JSON
 * array is refused at its own field as it is typed. The values' shape is in ./form.model.ts.
 */
const texts = z.record(z.string(), z.string());

export function cardFormSchema(variables: readonly CardVariable[]) {
  const check = (
    vars: readonly CardVariable[],
    values: Record<string, string>,
    path: (string | number)[],
    ctx: z.core.$RefinementCtx,
  ) => {
    for (const variable of vars) {
      const text = values[variable.name];
      if (text === undefined) continue;
      const result = encodeField(variable.name, variable.type, text);
      if (!result.ok)
        ctx.addIssue({ code: "custom", path: [...path, variable.name], message: fieldErrorMessage(result.error) });
    }
  };
  const publicVars = variables.filter((variable) => !variable.private);
  const privateVars = variables.filter((variable) => variable.private);
  return z
    .object({
      values: texts,
      privateDefaults: texts,
      privateRows: z.array(
        z.object({
          userId: z
            .string()
            .check(
              z.trim(),
              z.minLength(1, "cards.field.userIdRequired"),
              z.maxLength(100, "cards.field.userIdTooLong"),
            ),
          values: texts,
        }),
      ),
      lastMessageI18n: z.object({
        zh_CN: z.string().check(z.maxLength(200, "cards.field.nameTooLong")),
        en_US: z.string().check(z.maxLength(200, "cards.field.nameTooLong")),
      }),
      robotCode: z.string().check(z.minLength(1, "cards.field.required")),
      audienceType: z.enum(["users", "conversation"]),
      userIdsText: z.string(),
      openConversationId: z.string(),
      coolAppCode: z.string(),
      userIdType: z.enum(["1", "2"]),
      pullStrategy: z.boolean(),
    })
    .check(
      z.superRefine((form, ctx) => {
        check(publicVars, form.values, ["values"], ctx);
        check(privateVars, form.privateDefaults, ["privateDefaults"], ctx);
        form.privateRows.forEach((row, index) => check(privateVars, row.values, ["privateRows", index, "values"], ctx));
        if (form.audienceType === "users" && parseAudience(form.userIdsText).userIds.length === 0)
          ctx.addIssue({ code: "custom", path: ["userIdsText"], message: "validation.noRecipients" });
        if (form.audienceType === "conversation") {
          if (!/^cid\S{1,200}$/.test(form.openConversationId.trim()))
            ctx.addIssue({ code: "custom", path: ["openConversationId"], message: "validation.conversationId" });
          if (form.coolAppCode.trim() === "")
            ctx.addIssue({ code: "custom", path: ["coolAppCode"], message: "cards.field.required" });
        }
      }),
    );
}
