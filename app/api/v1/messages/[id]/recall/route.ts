import { recall } from "@/lib/api/messages";
import { withApiKey } from "@/lib/api/route";

export const dynamic = "force-dynamic";

export const POST = withApiKey<{ id: string }>("send", { body: "ignored", run: ({ deps, caller, params }) => recall(deps, caller, params.id) });
