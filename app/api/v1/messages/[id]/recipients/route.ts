import { otherMethods } from "@/lib/api/method-not-allowed";
import { getMessageRecipients } from "@/lib/api/messages";
import { withApiKey } from "@/lib/api/route";

export const dynamic = "force-dynamic";

export const GET = withApiKey<{ id: string }>("read", {
  run: ({ deps, params, request }) => getMessageRecipients(deps, params.id, new URL(request.url).searchParams),
});

// Every other method: 405 problem+json with Allow (lib/api/method-not-allowed.ts).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
