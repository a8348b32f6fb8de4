import "server-only";
import type { Database } from "@/lib/db/client";
import { listRecipients } from "@/lib/messages/queries";

export type ExportKind = "readers" | "nonreaders" | "all";

const HEADER = ["userId", "deliveryStatus", "reason", "read", "readAt"];

function csvField(value: string): string {
  // Spreadsheet apps execute cells starting with these; a leading quote keeps them as text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV rows in keyset pages, so 100,000 recipients stream without loading them all at once. */
export function recipientsCsv(db: Database, messageId: string, kind: ExportKind): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: string | null = null;
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        // A byte-order mark so Excel opens UTF-8 (Chinese names, reasons) correctly.
        controller.enqueue(encoder.encode(`\uFEFF${HEADER.join(",")}\r\n`));
      }
      const page = await listRecipients(db, messageId, {
        read: kind === "readers" ? "read" : kind === "nonreaders" ? "unread" : null,
        limit: 500,
        cursor,
      });
      const lines = page.items.map((row) =>
        [row.userId, row.state, row.code ?? "", row.readAt ? "yes" : "no", row.readAt ?? ""].map(csvField).join(","),
      );
      if (lines.length > 0) controller.enqueue(encoder.encode(`${lines.join("\r\n")}\r\n`));
      cursor = page.nextCursor;
      if (!cursor) controller.close();
    },
  });
}
