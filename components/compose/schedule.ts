import { MAX_SCHEDULE_DAYS } from "@/lib/messages/schedule.model";
import { issueMessage } from "@/lib/message-types/validation-messages";

/*
 * A datetime-local input holds a wall-clock time without a zone ("2026-11-22T09:30"). The browser's
 * own zone is the one the admin means, so conversions go through the local Date methods and the
 * server receives an ISO string carrying that zone's offset.
 */

const LOCAL_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
const pad = (n: number) => String(n).padStart(2, "0");

/** The local time a datetime-local value names, or null when it is empty or malformed. */
export function parseLocalDateTime(value: string): Date | null {
  if (!LOCAL_PATTERN.test(value)) return null;
  // ECMAScript reads a date-time without an offset as local time.
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "+08:00" for UTC+8 at that instant (daylight saving may change it between dates). */
export function offsetOf(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const sign = minutes >= 0 ? "+" : "-";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** ISO 8601 in local time with its offset, e.g. 2026-11-22T09:30:00+08:00. */
export function toOffsetIso(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${offsetOf(date)}`;
}

/** The datetime-local value (minute precision) showing an instant in the browser's zone. */
export function toLocalInputValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** An ISO string (any offset) as a datetime-local value, or "" when it is not a date. */
export function isoToLocalInputValue(iso: unknown): string {
  if (typeof iso !== "string" || iso === "") return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : toLocalInputValue(date);
}

/**
 * The validation key for a scheduled time, or null when it is acceptable. The server checks the
 * same rules again with its own clock; this gives the admin the answer while typing.
 */
export function scheduleIssue(value: string, now: number): string | null {
  const date = parseLocalDateTime(value);
  if (!date || date.getTime() <= now) return issueMessage("validation.futureTime");
  if (date.getTime() - now > MAX_SCHEDULE_DAYS * 86_400_000)
    return issueMessage("validation.scheduleTooFar", { days: MAX_SCHEDULE_DAYS });
  return null;
}
