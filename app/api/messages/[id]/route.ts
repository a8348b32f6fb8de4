import { NextResponse } from "next/server";
import { z } from "zod";
import { getMessageDetail } from "@/lib/broadcasts/queries";
import { requestOnDemandPoll } from "@/lib/receipts/dispatch";
import { withSession } from "@/lib/auth/route-guard";
import { getRuntime } from "@/lib/server/runtime";

export const dynamic = "force-dynamic";

/**
 * What the message page polls; served from Dingcast's database only. Being asked means someone
 * is looking, which may bring the next read-status poll forward (at most once per 30 s).
 */
export const GET = withSession("viewer", async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return NextResponse.json({ error: "not found" }, { status: 404 });
  const { database } = await getRuntime();
  await requestOnDemandPoll(database.db, id);
  const detail = await getMessageDetail(database.db, id);
  if (!detail) return NextResponse.json({ error: "not found" }, { status: 404 });
  return NextResponse.json(detail, { headers: { "cache-control": "no-store" } });
});
