import "server-only";
import type { Database } from "@/lib/db/client";
import { UserFacingError } from "@/lib/core/errors";
import { encodeMsgParam, summarize } from "@/lib/message-types/catalog";
import { issueMessage } from "@/lib/message-types/validation-messages";
import { enqueueFanout, type JobQueue } from "./jobs";
import { planMessage, type PlannedMessage } from "./plan";
import { MAX_SCHEDULE_DAYS } from "./schedule.model";
import type { SendMessageInput } from "./send.schema";

export interface MessageDeps {
  db: Database;
  boss: JobQueue;
  /** The robots admins may send with (configured in the environment or Settings). */
  robotCodes: readonly string[];
  now?: () => Date;
}

export interface Actor {
  id: string | null;
  email?: string | null;
}

/**
 * Validates what only the server can know (configured robots, the clock), writes the whole plan
 * and hands it to the fan-out. Returns as soon as the plan is durable; sending happens in jobs.
 * Field problems are thrown as UserFacingError whose message is a validation key for the form.
 */
export async function createMessage(deps: MessageDeps, input: SendMessageInput, actor: Actor): Promise<PlannedMessage> {
  const now = deps.now?.() ?? new Date();
  if (!deps.robotCodes.includes(input.robotCode)) {
    throw new UserFacingError(issueMessage("validation.robotCode"), { field: "robotCode" });
  }
  const scheduledAt = input.scheduledAt ? new Date(input.scheduledAt) : null;
  if (scheduledAt) {
    if (scheduledAt.getTime() <= now.getTime())
      throw new UserFacingError(issueMessage("validation.futureTime"), { field: "scheduledAt" });
    if (scheduledAt.getTime() - now.getTime() > MAX_SCHEDULE_DAYS * 86_400_000) {
      throw new UserFacingError(issueMessage("validation.scheduleTooFar", { days: MAX_SCHEDULE_DAYS }), {
        field: "scheduledAt",
      });
    }
  }
  const audience =
    input.audience.type === "users"
      ? { type: "users" as const, userIds: [...new Set(input.audience.userIds)] }
      : input.audience;
  // Stored as the exact object DingTalk will receive, so what the page shows is what was sent.
  const msgParam = JSON.parse(encodeMsgParam(input.message.msgKey, input.message.msgParam)) as Record<string, string>;
  const planned = await planMessage(
    deps.db,
    {
      kind: "robot",
      msgKey: input.message.msgKey,
      msgParam,
      robotCode: input.robotCode,
      audience,
      title: summarize(input.message.msgKey, msgParam) || input.message.msgKey,
      createdBy: actor.id,
      scheduledAt,
      remindOf: input.remindOf ?? null,
    },
    now,
  );
  await enqueueFanout(deps.boss, planned.id, scheduledAt ?? undefined);
  return planned;
}
