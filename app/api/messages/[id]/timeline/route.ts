import { withMessage } from "@/lib/api/console-route";
import { json } from "@/lib/api/problem";
import { readTimeline } from "@/lib/messages/queries";
import { getRuntime } from "@/lib/runtime/runtime";

export const dynamic = "force-dynamic";

/** Reads per minute since the send (`readTimelineSchema`), for the read-over-time chart. */
export const GET = withMessage("viewer", async (_request, id) => {
  const { database } = await getRuntime();
  return json(200, await readTimeline(database.db, id));
});
