import { getMessageStatus } from "@/lib/api/messages";
import { withApiKey } from "@/lib/api/route";

export const dynamic = "force-dynamic";

export const GET = withApiKey<{ id: string }>("read", { run: ({ deps, params }) => getMessageStatus(deps, params.id) });
