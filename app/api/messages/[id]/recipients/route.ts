import { NextResponse } from "next/server";
import { z } from "zod";
import { listRecipients } from "@/lib/broadcasts/queries";
import { recipientsQuerySchema } from "@/lib/broadcasts/recipients-query.schema";
import { withSession } from "@/lib/auth/route-guard";
import { getRuntime } from "@/lib/server/runtime";

export const dynamic = "force-dynamic";

export const GET = withSession("viewer", async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return NextResponse.json({ error: "not found" }, { status: 404 });
  const query = recipientsQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return NextResponse.json({ error: "invalid query", issues: z.flattenError(query.error).fieldErrors }, { status: 400 });
  const { database } = await getRuntime();
  const page = await listRecipients(database.db, id, { state: query.data.state, read: query.data.read, query: query.data.q, cursor: query.data.cursor, limit: query.data.limit });
  return NextResponse.json(page, { headers: { "cache-control": "no-store" } });
});
