import { invalidQuery, withMessage } from "@/lib/api/console-route";
import { json } from "@/lib/api/problem";
import { listRecipients } from "@/lib/messages/queries";
import { recipientsQuerySchema } from "@/lib/messages/recipients-query.schema";
import { getRuntime } from "@/lib/runtime/runtime";

export const dynamic = "force-dynamic";

/** One page of a message's recipients (`recipientPageSchema`), filtered as the recipient table asks. */
export const GET = withMessage("viewer", async (request, id) => {
  const query = recipientsQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return invalidQuery(query.error);
  const { database } = await getRuntime();
  const page = await listRecipients(database.db, id, {
    state: query.data.state,
    read: query.data.read,
    query: query.data.q,
    cursor: query.data.cursor,
    limit: query.data.limit,
  });
  return json(200, page);
});
