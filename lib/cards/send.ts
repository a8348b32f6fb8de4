import "server-only";
import { enqueueFanout, type JobQueue } from "@/lib/messages/jobs";
import { planMessage, type PlannedMessage } from "@/lib/messages/plan";
import type { Database } from "@/lib/db/client";
import { buildCardPayload, type PayloadErrors } from "./payload";
import type { SendCardInput } from "./send.schema";
import { getCardTemplate } from "./store";

export interface CardSendDeps {
  db: Database;
  boss: JobQueue;
  robotCodes: readonly string[];
}

/** Why a send was refused before anything was planned; the action turns it into field errors. */
export class CardSendRefused extends Error {
  constructor(
    readonly reason: "notFound" | "robotCode" | "values",
    readonly fields: PayloadErrors = {},
  ) {
    super(`card send refused: ${reason}`);
  }
}

/**
 * Plans a card like any message (`kind: "card"`), so fan-out, progress, recall and read tracking
 * apply unchanged. The template is read again here: the browser's copy may be stale.
 */
export async function sendCard(
  deps: CardSendDeps,
  input: SendCardInput,
  actorId: string | null,
): Promise<PlannedMessage & { cardTemplateId: string }> {
  const template = await getCardTemplate(deps.db, input.templateId);
  if (!template) throw new CardSendRefused("notFound");
  if (!deps.robotCodes.includes(input.robotCode)) throw new CardSendRefused("robotCode");
  const built = buildCardPayload(template, input);
  if (!built.ok) throw new CardSendRefused("values", built.errors);
  const audience =
    input.audience.type === "users"
      ? { type: "users" as const, userIds: [...new Set(input.audience.userIds)] }
      : input.audience;
  const planned = await planMessage(deps.db, {
    kind: "card",
    msgKey: "card",
    msgParam: {},
    card: { ...built.payload },
    robotCode: input.robotCode,
    audience,
    title: built.payload.lastMessageI18n.zh_CN ?? built.payload.lastMessageI18n.en_US ?? template.name,
    createdBy: actorId,
    usersPerChunk: template.api === "createAndDeliver" ? 1 : undefined,
  });
  await enqueueFanout(deps.boss, planned.id);
  return { ...planned, cardTemplateId: template.cardTemplateId };
}
