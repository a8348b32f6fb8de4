import { otherMethods } from "@/lib/api/method-not-allowed";
import { recall } from "@/lib/api/messages";
import { withApiKey } from "@/lib/api/route";

export const dynamic = "force-dynamic";

export const POST = withApiKey<{ id: string }>("send", {
  body: "ignored",
  run: ({ deps, caller, params }) => recall(deps, caller, params.id),
});

// Every other method: 405 problem+json with Allow (lib/api/method-not-allowed.ts).
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
