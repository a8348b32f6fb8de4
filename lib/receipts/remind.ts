import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { queryRows } from "@/lib/db/query";
import { isMsgKey, type MsgKey } from "@/lib/message-types/catalog";

export interface ReminderDraft {
  remindOf: string;
  message: { msgKey: MsgKey; msgParam: Record<string, string> };
  robotCode: string;
  userIds: string[];
}

/**
 * The original content addressed to everyone it reached who has not read it (as of the last
 * poll). Recipients who never got it (invalid, failed) are left out: a reminder is not a resend.
 */
export async function buildReminder(db: Database, messageId: string): Promise<ReminderDraft | null> {
  const [message] = await queryRows<{
    msg_key: string;
    msg_param: Record<string, string>;
    robot_code: string;
    kind: string;
    audience_type: string;
  }>(db, sql`select msg_key, msg_param, robot_code, kind, audience_type from message where id = ${messageId}`);
  if (!message || message.kind !== "robot" || message.audience_type !== "users" || !isMsgKey(message.msg_key))
    return null;
  const rows = await queryRows<{ user_id: string }>(
    db,
    sql`
    select user_id from recipient where message_id = ${messageId} and state = 'sent' and read_at is null order by user_id`,
  );
  return {
    remindOf: messageId,
    message: { msgKey: message.msg_key, msgParam: message.msg_param },
    robotCode: message.robot_code,
    userIds: rows.map((row) => row.user_id),
  };
}
