import { sendMessage } from "@/lib/api/messages";
import { withApiKey } from "@/lib/api/route";

export const dynamic = "force-dynamic";

export const POST = withApiKey<Record<string, never>>("send", { sends: true, body: "json", run: ({ deps, caller, body }) => sendMessage(deps, caller, body) });
