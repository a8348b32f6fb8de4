import { otherMethods } from "@/lib/api/method-not-allowed";
import { sendMessage } from "@/lib/api/messages";
import { withApiKey } from "@/lib/api/route";

export const dynamic = "force-dynamic";

export const POST = withApiKey<Record<string, never>>("send", {
  sends: true,
  body: "json",
  run: ({ deps, caller, body }) => sendMessage(deps, caller, body),
});

// Every other method: 405 problem+json with Allow (lib/api/method-not-allowed.ts).
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
