import { and, desc, eq, gte, ilike, lt, or, type SQL } from "drizzle-orm";
import Papa from "papaparse";
import type { Database } from "@/lib/db/client";
import { auditEvents } from "@/lib/db/auth-schema";
import type { AuditFilterInput } from "./audit-filter.schema";

export type AuditEventRow = typeof auditEvents.$inferSelect;

export interface AuditQuery extends AuditFilterInput {
  /** Set for senders, who see only their own events; admins see everyone's. */
  onlyActorId?: string;
}

// Dates in the filter are China-time calendar days, like everything else the console shows.
const CHINA_OFFSET = "+08:00";

function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00${CHINA_OFFSET}`);
}

function conditions(query: AuditQuery): SQL[] {
  const where: SQL[] = [];
  if (query.onlyActorId) where.push(eq(auditEvents.actorId, query.onlyActorId));
  if (query.actor) {
    const pattern = `%${query.actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(auditEvents.actorEmail, pattern), eq(auditEvents.actorId, query.actor));
    if (match) where.push(match);
  }
  if (query.action) where.push(eq(auditEvents.action, query.action));
  if (query.outcome) where.push(eq(auditEvents.outcome, query.outcome));
  if (query.from) where.push(gte(auditEvents.createdAt, dayStart(query.from)));
  if (query.to) where.push(lt(auditEvents.createdAt, new Date(dayStart(query.to).getTime() + 24 * 60 * 60_000)));
  if (query.before) {
    const [iso = "", id = "0"] = query.before.split("_");
    const at = new Date(iso);
    if (!Number.isNaN(at.getTime())) {
      const older = or(
        lt(auditEvents.createdAt, at),
        and(eq(auditEvents.createdAt, at), lt(auditEvents.id, Number(id))),
      );
      if (older) where.push(older);
    }
  }
  return where;
}

/** Newest first, `limit` rows, and the cursor for the next (older) page if there is one. */
export async function listAuditEvents(
  db: Database,
  query: AuditQuery,
  limit = 100,
): Promise<{ rows: AuditEventRow[]; nextCursor: string | null }> {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...conditions(query)))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { rows: page, nextCursor: rows.length > limit && last ? `${last.createdAt.toISOString()}_${last.id}` : null };
}

/** Upper bound of one CSV export, so a careless click cannot build an unbounded file in memory. */
const AUDIT_EXPORT_LIMIT = 100_000;

export async function exportAuditCsv(db: Database, query: AuditQuery): Promise<string> {
  const { before: _ignored, ...filters } = query;
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...conditions(filters)))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(AUDIT_EXPORT_LIMIT);
  return auditCsv(rows);
}

export function auditCsv(rows: AuditEventRow[]): string {
  return Papa.unparse(
    {
      fields: ["time", "actor_email", "actor_id", "action", "target_type", "target_id", "outcome", "ip", "details"],
      data: rows.map((row) => [
        row.createdAt.toISOString(),
        row.actorEmail ?? "",
        row.actorId ?? "",
        row.action,
        row.targetType ?? "",
        row.targetId ?? "",
        row.outcome,
        row.ip ?? "",
        row.details ? JSON.stringify(row.details) : "",
      ]),
    },
    // Spreadsheet apps run cells that start with = + - @ as formulas; an actor-typed email must not.
    { escapeFormulae: true, newline: "\r\n" },
  );
}
