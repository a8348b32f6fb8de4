import type { Database } from "@/lib/db/client";
import { planMessage, type PlannedAudience, type PlannedMessage } from "@/lib/messages/plan";

/** The robot the simulator knows by default (lib/sandbox/options.ts). */
export const SANDBOX_ROBOT = "dingsandboxrobot";

/** Plans a sampleText message from the simulator's robot, titled with its content unless told. */
export function planTextMessage(
  db: Database,
  message: { content: string; title?: string; audience: PlannedAudience },
): Promise<PlannedMessage> {
  return planMessage(db, {
    kind: "robot",
    msgKey: "sampleText",
    msgParam: { content: message.content },
    robotCode: SANDBOX_ROBOT,
    audience: message.audience,
    title: message.title ?? message.content,
  });
}
