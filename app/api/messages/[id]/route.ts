import { NextResponse } from "next/server";
import { z } from "zod";
import { getMessageDetail } from "@/lib/broadcasts/queries";
import { getRuntime } from "@/lib/server/runtime";

export const dynamic = "force-dynamic";

/** What the message page polls while a send is running; served from Dingcast's database only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return NextResponse.json({ error: "not found" }, { status: 404 });
  const { database } = await getRuntime();
  const detail = await getMessageDetail(database.db, id);
  if (!detail) return NextResponse.json({ error: "not found" }, { status: 404 });
  return NextResponse.json(detail, { headers: { "cache-control": "no-store" } });
}
