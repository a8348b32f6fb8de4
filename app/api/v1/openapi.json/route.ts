import { otherMethods } from "@/lib/api/method-not-allowed";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { configuredAppUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

// Public on purpose (tests/support/public-surface.ts): the document describes the API, holds no data.
export function GET(): Response {
  return Response.json(buildOpenApiDocument({ serverUrl: configuredAppUrl() ?? null }), {
    headers: { "cache-control": "public, max-age=300" },
  });
}

// Every other method: 405 problem+json with Allow (lib/api/method-not-allowed.ts).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
