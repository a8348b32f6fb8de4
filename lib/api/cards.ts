import "server-only";
import { createTranslator } from "next-intl";
import { recordAudit } from "@/lib/audit/audit";
import { CardSendRefused, sendCard } from "@/lib/cards/send";
import { sendCardSchema, type SendCardInput } from "@/lib/cards/send.schema";
import type { PayloadErrors } from "@/lib/cards/payload";
import cardsEn from "@/i18n/messages/cards.en.json";
import { apiActor, apiKeyDetails, type ApiCaller, type ApiDeps } from "./context";
import { apiT, englishIssue, fieldErrors } from "./english";
import { json, problem, type ApiResult } from "./problem";
import { cardSendBodySchema } from "./cards.schema";

/*
 * POST /api/v1/cards/{templateId}/messages: a card from an imported template (lib/cards), sent
 * through the card service the console's card page uses, with the same encoding and limits.
 */

const fieldT = createTranslator({ locale: "en", messages: cardsEn, namespace: "cards.field" });

/** SendCardInput paths back in the API's names: privateRows.3.values.x -> privateValues.<userId>.x. */
function apiPath(path: string, userIds: readonly string[]): string {
  const row = /^privateRows\.(\d+)(?:\.values)?(\..+)?$/.exec(path);
  if (row) return `privateValues.${userIds[Number(row[1])] ?? row[1]}${row[2] ?? ""}`;
  if (path.startsWith("lastMessageI18n")) return path.replace("lastMessageI18n", "lastMessage");
  if (path.startsWith("audience.type")) return "audience";
  return path;
}

function cardIssue(message: string): string {
  const name = message.startsWith("cards.field.") ? message.slice("cards.field.".length) : "";
  return name && fieldT.has(name as keyof (typeof cardsEn)["cards"]["field"])
    ? fieldT(name as keyof (typeof cardsEn)["cards"]["field"])
    : englishIssue(message);
}

function payloadErrors(errors: PayloadErrors, userIds: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [path, error] of Object.entries(errors)) {
    out[apiPath(path, userIds)] = [fieldT(error.code, { bytes: error.bytes ?? 0, max: error.max ?? 0 })];
  }
  return out;
}

export async function sendCardMessage(
  deps: ApiDeps,
  caller: ApiCaller,
  templateId: string,
  body: unknown,
): Promise<ApiResult> {
  const parsed = cardSendBodySchema.safeParse(body, { reportInput: true });
  if (!parsed.success)
    return problem("validation", apiT("invalidRequest"), { errors: fieldErrors(parsed.error.issues) });
  const { values, privateValues = {}, privateDefaults = {}, lastMessage = {}, robotCode, audience } = parsed.data;
  const userIds = Object.keys(privateValues);
  const candidate: SendCardInput = {
    templateId,
    values,
    privateDefaults,
    privateRows: Object.entries(privateValues).map(([userId, rowValues]) => ({ userId, values: rowValues })),
    lastMessageI18n: lastMessage,
    robotCode: robotCode ?? deps.robotCodes[0] ?? "",
    audience:
      "userIds" in audience ? { type: "users", userIds: audience.userIds } : { type: "conversation", ...audience },
    userIdType: 1,
    pullStrategy: false,
    atOpenIds: {},
  };
  const checked = sendCardSchema.safeParse(candidate);
  if (!checked.success) {
    const errors: Record<string, string[]> = {};
    for (const issue of checked.error.issues)
      (errors[apiPath(issue.path.join("."), userIds)] ??= []).push(cardIssue(issue.message));
    return problem("validation", apiT("invalidRequest"), { errors });
  }
  const audit = { actor: apiActor(caller), action: "message.send" as const };
  try {
    const planned = await sendCard({ db: deps.db, boss: deps.boss, robotCodes: deps.robotCodes }, checked.data, null);
    await recordAudit(deps.db, {
      ...audit,
      target: { type: "message", id: planned.id },
      outcome: "success",
      details: {
        ...apiKeyDetails(caller),
        card: true,
        templateId,
        cardTemplateId: planned.cardTemplateId,
        recipients: planned.recipientCount,
        calls: planned.chunkCount,
      },
    });
    return {
      ...json(202, { id: planned.id, status: planned.status }, { location: `/api/v1/messages/${planned.id}` }),
      audited: true,
    };
  } catch (error) {
    if (!(error instanceof CardSendRefused)) throw error;
    await recordAudit(deps.db, {
      ...audit,
      outcome: "failure",
      details: { ...apiKeyDetails(caller), card: true, templateId, code: error.reason },
    });
    if (error.reason === "notFound") return { ...problem("not-found", apiT("templateNotFound")), audited: true };
    if (error.reason === "robotCode")
      return {
        ...problem("validation", apiT("invalidRequest"), {
          errors: { robotCode: [englishIssue("validation.robotCode")] },
        }),
        audited: true,
      };
    return {
      ...problem("validation", apiT("invalidRequest"), { errors: payloadErrors(error.fields, userIds) }),
      audited: true,
    };
  }
}
