import { NextResponse } from "next/server";
import { z } from "zod";
import { recipientsCsv } from "@/lib/receipts/export";
import { withSession } from "@/lib/auth/route-guard";
import { getRuntime } from "@/lib/server/runtime";

export const dynamic = "force-dynamic";

const kindSchema = z.enum(["readers", "nonreaders", "all"]).catch("all");

export const GET = withSession("viewer", async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return NextResponse.json({ error: "not found" }, { status: 404 });
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
