import * as z from "zod/mini";
import { messageStatuses, recipientStates, type ChunkState, type RecipientState } from "@/lib/core/message-states";

/**
 * What the console's message routes answer (app/api/messages/[id]/**), as zod schemas: the services
 * in lib/messages build these shapes, the routes send them, and the browser parses them with the same
 * schemas (components/messages) instead of casting JSON it never checked. They are zod/mini schemas
 * (the functional API, a few KiB in the browser instead of classic zod's 30), like every schema the
 * browser loads; see docs/architecture.md ("Browser bundles").
 */

const isoDate = z.iso.datetime({ offset: true });
const nullableIso = z.nullable(isoDate);

const count = z.int().check(z.nonnegative());

/** Recipients per state (lib/core/message-states.ts `recipientStates`) and in all. */
const recipientCountsSchema = z.object({
  pending: count,
  sent: count,
  invalid: count,
  throttled: count,
  failed: count,
  unknown: count,
  total: count,
}) satisfies z.ZodMiniType<Record<RecipientState, number>>;
export type RecipientCounts = z.infer<typeof recipientCountsSchema>;

/** batchSend calls per state (`chunkStates`); a conversation message is one call. */
const chunkCountsSchema = z.object({
  pending: count,
  in_flight: count,
  sent: count,
  failed: count,
  unknown: count,
  cancelled: count,
}) satisfies z.ZodMiniType<Record<ChunkState, number>>;
export type ChunkCounts = z.infer<typeof chunkCountsSchema>;

const readTrackingStates = ["pending", "active", "complete", "ended"] as const;

const readSummarySchema = z.object({
  readers: count,
  /** Recipients DingTalk accepted: the denominator of the read rate. */
  delivered: count,
  rate: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
  tracking: z.enum(readTrackingStates),
  endedReason: z.nullable(z.string()),
  sendStatus: z.nullable(z.string()),
  lastPolledAt: nullableIso,
  nextPollAt: nullableIso,
});

export const messageDetailSchema = z.object({
  id: z.string(),
  kind: z.enum(["robot", "card"]),
  msgKey: z.string(),
  msgParam: z.record(z.string(), z.string()),
  title: z.string(),
  status: z.enum(messageStatuses),
  robotCode: z.string(),
  audienceType: z.enum(["users", "conversation"]),
  openConversationId: z.nullable(z.string()),
  coolAppCode: z.nullable(z.string()),
  recipientCount: count,
  createdBy: z.nullable(z.string()),
  createdAt: isoDate,
  scheduledAt: nullableIso,
  startedAt: nullableIso,
  finishedAt: nullableIso,
  recalledAt: nullableIso,
  remindOf: z.nullable(z.string()),
  counts: recipientCountsSchema,
  chunks: chunkCountsSchema,
  final: z.boolean(),
  reads: readSummarySchema,
});
export type MessageDetail = z.infer<typeof messageDetailSchema>;

const recipientRowSchema = z.object({
  userId: z.string(),
  state: z.enum(recipientStates),
  code: z.nullable(z.string()),
  updatedAt: isoDate,
  readAt: nullableIso,
});

export const recipientPageSchema = z.object({
  items: z.array(recipientRowSchema),
  nextCursor: z.nullable(z.string()),
});
export type RecipientPage = z.infer<typeof recipientPageSchema>;

/** Reads per minute since the send (first sight by Dingcast), oldest first. */
export const readTimelineSchema = z.array(z.object({ at: isoDate, reads: count }));
export type ReadTimeline = z.infer<typeof readTimelineSchema>;
