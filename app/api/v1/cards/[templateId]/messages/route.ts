import { otherMethods } from "@/lib/api/method-not-allowed";
import { sendCardMessage } from "@/lib/api/cards";
import { withApiKey } from "@/lib/api/route";

export const dynamic = "force-dynamic";

export const POST = withApiKey<{ templateId: string }>("send", {
  sends: true,
  body: "json",
  run: ({ deps, caller, params, body }) => sendCardMessage(deps, caller, params.templateId, body),
});

// Every other method: 405 problem+json with Allow (lib/api/method-not-allowed.ts).
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
