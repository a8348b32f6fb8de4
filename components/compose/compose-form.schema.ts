import type { Control, UseFormRegister } from "react-hook-form";
import * as z from "zod/mini";
import { conversationAudienceSchema, robotCodeSchema } from "@/lib/messages/send.schema";
import { msgKeys, type MsgKey } from "@/lib/message-types/catalog";
import { composeMessageSchema } from "@/lib/message-types/compose.schema";
import { scheduleIssue } from "./schedule";

/*
 * The compose form's schema. `message` is the shared composeMessageSchema, behind a loose first
 * stage so the form can hold "an object of strings" for whichever msgKey is picked (react-hook-form
 * needs one value type across every type switch). The robot and conversation rules are the send
 * schema's own. The userId list is not a form field: 100,000 ids live in the audience hook, parsed
 * off the main thread, and are checked before the review opens.
 *
 * The parts that depend on a choice (conversation fields, schedule time) are discriminated unions
 * rather than a refinement of the whole object: zod skips object refinements once a field failed
 * with `abort` (as the catalog's required fields do), and the admin should see every problem at once.
 */

const conversation = conversationAudienceSchema.shape;

export type AudienceType = "users" | "conversation";
type ScheduleMode = "now" | "schedule";

const messageSchema = z.pipe(
  z.object({ msgKey: z.enum(msgKeys), msgParam: z.record(z.string(), z.string()) }),
  composeMessageSchema,
);

// Each branch takes every field (as strings) so the form's single value shape is a valid input;
// only the chosen branch's fields are checked.
const audienceFormSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("users"), openConversationId: z.string(), coolAppCode: z.string() }),
  z.object({
    type: z.literal("conversation"),
    openConversationId: conversation.openConversationId,
    coolAppCode: conversation.coolAppCode,
  }),
]);

const scheduleFormSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("now"), at: z.string() }),
  z.object({
    mode: z.literal("schedule"),
    /** The datetime-local value, in the browser's zone; converted to ISO with offset on send. */
    at: z.string().check(
      z.superRefine((value, ctx) => {
        const issue = scheduleIssue(value, Date.now());
        if (issue) ctx.addIssue({ code: "custom", message: issue });
      }),
    ),
  }),
]);

export const composeFormSchema = z.object({
  message: messageSchema,
  robotCode: robotCodeSchema,
  audience: audienceFormSchema,
  schedule: scheduleFormSchema,
});

/**
 * What react-hook-form holds: every field present as a string whatever is chosen, so switching tabs
 * or modes keeps what was typed (the schema ignores the fields of the unchosen branch).
 */
export interface ComposeFormValues {
  message: { msgKey: MsgKey; msgParam: Record<string, string> };
  robotCode: string;
  audience: { type: AudienceType; openConversationId: string; coolAppCode: string };
  schedule: { mode: ScheduleMode; at: string };
}

export type ComposeFormOutput = z.output<typeof composeFormSchema>;

// Compile-time proof that the form's values and the schema's input are the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const valuesFitSchema: Same<ComposeFormValues, z.input<typeof composeFormSchema>> = true;
void valuesFitSchema;

/** The form's control as the field components receive it. */
export type ComposeControl = Control<ComposeFormValues, unknown, ComposeFormOutput>;
export type ComposeRegister = UseFormRegister<ComposeFormValues>;
