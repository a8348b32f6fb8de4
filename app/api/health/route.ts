import { NextResponse } from "next/server";
import { getRuntime } from "@/lib/runtime/runtime";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and the e2e harness: answers once the runtime is up. */
export async function GET() {
  const runtime = await getRuntime();
  await runtime.database.executeSql("select 1");
  return NextResponse.json({ ok: true, mode: runtime.connection.mode, database: runtime.database.kind });
}
