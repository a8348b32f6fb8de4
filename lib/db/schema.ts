import { chunkStates, messageStatuses, recipientStates } from "@/lib/core/message-states";
import { bigint, bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns";

/** Every HTTP attempt made to DingTalk, for the quota meter and for diagnosing an incident. */
export const apiCalls = pgTable(
  "api_call",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    appKey: text("app_key").notNull(),
    endpoint: text("endpoint").notNull(),
    method: text("method").notNull(),
    startedAt: timestamptz("started_at").notNull(),
    durationMs: integer("duration_ms").notNull(),
    httpStatus: integer("http_status"),
    code: text("code"),
    requestId: text("request_id"),
    attempt: integer("attempt").notNull().default(1),
  },
  (table) => [index("api_call_started_at_idx").on(table.startedAt)],
);

/** Admin-editable settings that outlive a restart; environment variables win where both exist. */
export const settings = pgTable("setting", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: updatedAt(),
});

/**
 * One announcement: what to send, to whom, and where it stands. Per-recipient outcomes live in
 * `recipient`, and the planned DingTalk calls in `chunk`, so a crash loses nothing.
 */
export const messages = pgTable(
  "message",
  {
    id: text("id").primaryKey(),
    kind: text("kind", { enum: ["robot", "card"] }).notNull(),
    msgKey: text("msg_key").notNull(),
    /** The msgParam object (all values strings), encoded to DingTalk's JSON string at send time. */
    msgParam: jsonb("msg_param").$type<Record<string, string>>().notNull(),
    /** Card sends only: template id, cardParamMap, privateData and the API to use. */
    card: jsonb("card").$type<Record<string, unknown>>(),
    robotCode: text("robot_code").notNull(),
    audienceType: text("audience_type", { enum: ["users", "conversation"] }).notNull(),
    openConversationId: text("open_conversation_id"),
    coolAppCode: text("cool_app_code"),
    title: text("title").notNull(),
    status: text("status", { enum: messageStatuses }).notNull(),
    recipientCount: integer("recipient_count").notNull(),
    createdBy: text("created_by"),
    createdAt: createdAt(),
    scheduledAt: timestamptz("scheduled_at"),
    startedAt: timestamptz("started_at"),
    finishedAt: timestamptz("finished_at"),
    recalledAt: timestamptz("recalled_at"),
    /** A reminder points at the message whose non-readers it went to. */
    remindOf: text("remind_of"),
    /** Read tracking: pending until sent, active while polled, complete when all read, ended at expiry or recall. */
    readTracking: text("read_tracking", { enum: ["pending", "active", "complete", "ended"] })
      .notNull()
      .default("pending"),
    readEndedReason: text("read_ended_reason"),
    readNextPollAt: timestamptz("read_next_poll_at"),
    readLastPolledAt: timestamptz("read_last_polled_at"),
    /** Set while a poll is in flight: at most one per message, reclaimed if its worker died. */
    readPollStartedAt: timestamptz("read_poll_started_at"),
    readPolls: integer("read_polls").notNull().default(0),
    /** Kept by the poller so lists show read rates without counting 100,000 rows per message. */
    readCount: integer("read_count").notNull().default(0),
    /** DingTalk's last sendStatus for this message: SUCCESS, PROCESSING or RECALLED. */
    dingtalkSendStatus: text("dingtalk_send_status"),
  },
  (table) => [index("message_created_at_idx").on(table.createdAt), index("message_status_idx").on(table.status)],
);

export const recipients = pgTable(
  "recipient",
  {
    // No foreign key: checking one per row would double the time to plan 100,000 recipients.
    // Rows are only ever written by planMessage and the fan-out, for a message that exists.
    messageId: text("message_id").notNull(),
    userId: text("user_id").notNull(),
    state: text("state", { enum: recipientStates }).notNull().default("pending"),
    /** The DingTalk code (or our own reason code) behind a non-sent state. */
    code: text("code"),
    chunkId: bigint("chunk_id", { mode: "number" }),
    attempts: integer("attempts").notNull().default(0),
    updatedAt: updatedAt(),
    /** When Dingcast first saw this recipient's read. */
    readAt: timestamptz("read_at"),
  },
  // No index on (message_id, state): it would add about 40% to planning 100,000 recipients, and
  // the primary key's message_id prefix already narrows every query to one message.
  (table) => [primaryKey({ columns: [table.messageId, table.userId] })],
);

/** One planned DingTalk call: at most 20 userIds for batchSend, or one conversation send. */
export const chunks = pgTable(
  "chunk",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    // No foreign key: checking one per row would double the time to plan 100,000 recipients.
    // Rows are only ever written by planMessage and the fan-out, for a message that exists.
    messageId: text("message_id").notNull(),
    seq: integer("seq").notNull(),
    userIds: text("user_ids").array().notNull(),
    state: text("state", { enum: chunkStates }).notNull().default("pending"),
    /** 0 for the first plan; n for the n-th re-plan of flow-controlled users. */
    generation: integer("generation").notNull().default(0),
    notBefore: timestamptz("not_before").notNull().defaultNow(),
    /** While in flight: past this time the worker that claimed it is presumed dead. */
    leaseExpiresAt: timestamptz("lease_expires_at"),
    processQueryKey: text("process_query_key"),
    errorCode: text("error_code"),
    sentAt: timestamptz("sent_at"),
    /** After a recall: "recalled", or "failed" with DingTalk's reason for this processQueryKey. */
    recallState: text("recall_state", { enum: ["recalled", "failed"] }),
    recallReason: text("recall_reason"),
    /** Every recipient of this call has read it: later polls skip it. */
    readComplete: boolean("read_complete").notNull().default(false),
  },
  (table) => [index("chunk_message_state_idx").on(table.messageId, table.state, table.notBefore)],
);

/** The compose form's autosave: one per author, so a failed send or a reload loses nothing. */
export const drafts = pgTable("draft", {
  owner: text("owner").primaryKey(),
  payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
  updatedAt: updatedAt(),
});

export const templates = pgTable("template", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
  createdBy: text("created_by"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
