import { NextResponse } from "next/server";
import { z } from "zod";
import { readTimeline } from "@/lib/broadcasts/queries";
import { withSession } from "@/lib/auth/route-guard";
import { getRuntime } from "@/lib/server/runtime";

export const dynamic = "force-dynamic";

export const GET = withSession("viewer", async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return NextResponse.json({ error: "not found" }, { status: 404 });
  const { database } = await getRuntime();
  return NextResponse.json(await readTimeline(database.db, id), { headers: { "cache-control": "no-store" } });
});
