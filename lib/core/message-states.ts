/** Shared by the schema, the services and the browser (kept free of drizzle so pages stay light). */
export const recipientStates = ["pending", "sent", "invalid", "throttled", "failed", "unknown"] as const;
export type RecipientState = (typeof recipientStates)[number];

export const chunkStates = ["pending", "in_flight", "sent", "failed", "unknown", "cancelled"] as const;
export type ChunkState = (typeof chunkStates)[number];

export const messageStatuses = [
  "scheduled",
  "queued",
  "sending",
  "sent",
  "partially_failed",
  "failed",
  "recalled",
  "cancelled",
] as const;
export type MessageStatus = (typeof messageStatuses)[number];
export const finalStatuses: readonly MessageStatus[] = ["sent", "partially_failed", "failed", "recalled", "cancelled"];
