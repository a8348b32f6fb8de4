import { notFoundMessage, withMessage } from "@/lib/api/console-route";
import { json } from "@/lib/api/problem";
import { getMessageDetail } from "@/lib/messages/queries";
import { requestOnDemandPoll } from "@/lib/receipts/dispatch";
import { getRuntime } from "@/lib/runtime/runtime";

export const dynamic = "force-dynamic";

/**
 * What the message page polls (`messageDetailSchema`); served from Dingcast's database only. Being
 * asked means someone is looking, which may bring the next read-status poll forward (at most once per 30 s).
 */
export const GET = withMessage("viewer", async (_request, id) => {
  const { database } = await getRuntime();
  await requestOnDemandPoll(database.db, id);
  const detail = await getMessageDetail(database.db, id);
  return detail ? json(200, detail) : notFoundMessage();
});
