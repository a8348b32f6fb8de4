import * as z from "zod/mini";

/**
 * The one error contract of every JSON route, the automation API (`/api/v1`) and the console's own
 * routes (`/api/messages/…`, `/api/audit/export`) alike: RFC 9457 problem details served as
 * `application/problem+json` (https://www.rfc-editor.org/rfc/rfc9457). Each kind has a stable `type`
 * URI pointing at its section of the console's API page and a fixed English `title`; `detail` says
 * what happened this time, in the caller's language on console routes and in English on `/api/v1`.
 * Titles live here, not in i18n/messages: they are part of the contract, like field names.
 */
export const problemKinds = {
  "bad-request": { status: 400, title: "Bad request" },
  validation: { status: 400, title: "Validation failed" },
  unauthorized: { status: 401, title: "Missing or invalid API key" },
  "signed-out": { status: 401, title: "Not signed in" },
  forbidden: { status: 403, title: "Scope missing" },
  "role-missing": { status: 403, title: "Role not allowed" },
  "not-found": { status: 404, title: "Not found" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "Conflict" },
  "idempotency-conflict": { status: 409, title: "Idempotency key reused" },
  "payload-too-large": { status: 413, title: "Payload too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "rate-limited": { status: 429, title: "Too many sends" },
  internal: { status: 500, title: "Internal error" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemKind = keyof typeof problemKinds;

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export function problemType(kind: ProblemKind): string {
  return `/api-docs#problem-${kind}`;
}

/** zod/mini, as every schema the browser loads (lib/core/fetch-json.ts parses problems with it). */
export const problemSchema = z
  .object({
    type: z
      .string()
      .check(
        z.describe("URI reference naming the kind of problem; its section on the console's API page explains it."),
      ),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    errors: z
      .optional(z.record(z.string(), z.array(z.string())))
      .check(z.describe("Validation only: request field path -> what is wrong with it.")),
    requestId: z
      .optional(z.string())
      .check(z.describe("500 only: quote it to an administrator; the server log has the rest under the same id.")),
  })
  .check(z.meta({ title: "Problem", description: "RFC 9457 problem details, served as application/problem+json." }));

export type Problem = z.infer<typeof problemSchema>;
