import { parseAuditFilter } from "@/lib/audit/audit-filter.schema";
import { exportAuditCsv } from "@/lib/audit/queries";
import { hasRole } from "@/lib/core/roles";
import { withSession } from "@/lib/api/console-route";
import { getRuntime } from "@/lib/runtime/runtime";

export const dynamic = "force-dynamic";

/** The audit page's rows as CSV, with the same filters and the same scope (senders: their own). */
export const GET = withSession("sender", async (request, _context, session) => {
  const filter = parseAuditFilter(Object.fromEntries(new URL(request.url).searchParams));
  const { database } = await getRuntime();
  const csv = await exportAuditCsv(database.db, {
    ...filter,
    onlyActorId: hasRole(session.user.role, "admin") ? undefined : session.user.id,
  });
  const stamp = new Date().toISOString().slice(0, 10);
  // A byte-order mark so spreadsheet apps read the Chinese names as UTF-8.
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="dingcast-audit-${stamp}.csv"`,
      "cache-control": "no-store",
    },
  });
});
