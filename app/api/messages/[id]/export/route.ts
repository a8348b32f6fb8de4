import { z } from "zod";
import { recipientsCsv } from "@/lib/receipts/export";
import { withMessage } from "@/lib/api/console-route";
import { getRuntime } from "@/lib/runtime/runtime";

export const dynamic = "force-dynamic";

const kindSchema = z.enum(["readers", "nonreaders", "all"]).catch("all");

/** A message's readers, non-readers or all recipients as CSV, streamed. */
export const GET = withMessage("viewer", async (request, id) => {
  const kind = kindSchema.parse(new URL(request.url).searchParams.get("which"));
  const { database } = await getRuntime();
  return new Response(recipientsCsv(database.db, id, kind), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="dingcast-${id.slice(0, 8)}-${kind}.csv"`,
      "cache-control": "no-store",
    },
  });
});
