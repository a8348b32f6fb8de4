import { remind } from "@/lib/api/messages";
import { withApiKey } from "@/lib/api/route";

export const dynamic = "force-dynamic";

export const POST = withApiKey<{ id: string }>("send", { sends: true, body: "ignored", run: ({ deps, caller, params }) => remind(deps, caller, params.id) });
