import * as z from "zod/mini";
import type { MsgKey } from "./catalog";
import { msgParamSchemaFor } from "./param-schemas";
import { issueMessage } from "./validation-messages";

/*
 * `{ msgKey, msgParam }` for one message, discriminated on msgKey. Shared by the compose form
 * (zodResolver), the server action (inputSchema) and the public API, so all three accept and refuse
 * exactly the same input with the same next-intl message keys (see validation-messages.ts).
 * msgParam here is an object of strings; encodeMsgParam turns the parsed value into DingTalk's
 * JSON string.
 */

function variant<K extends MsgKey>(msgKey: K) {
  return z.object({ msgKey: z.literal(msgKey), msgParam: msgParamSchemaFor(msgKey) });
}

export const composeMessageSchema = z.discriminatedUnion(
  "msgKey",
  [
    variant("sampleText"),
    variant("sampleMarkdown"),
    variant("sampleImageMsg"),
    variant("sampleLink"),
    variant("sampleActionCard"),
    variant("sampleActionCard2"),
    variant("sampleActionCard3"),
    variant("sampleActionCard4"),
    variant("sampleActionCard5"),
    variant("sampleActionCard6"),
    variant("sampleAudio"),
    variant("sampleFile"),
    variant("sampleVideo"),
  ],
  // Reported on the msgKey path when msgKey is missing or not one of ours.
  { error: issueMessage("validation.msgKey") },
);

export type ComposeMessage = z.output<typeof composeMessageSchema>;
