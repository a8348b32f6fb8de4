import { PROBLEM_CONTENT_TYPE, problemKinds, problemType, type Problem, type ProblemKind } from "@/lib/core/problem";

// Builds the problem+json answers of every JSON route; lib/core/problem.ts has the kinds and the
// schema that the browser and the OpenAPI document share.

/** A JSON answer before it becomes a Response: what the handlers return, so tests need no HTTP. */
export interface ApiResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** The handler wrote its own audit event (message.send …), so the generic api.call is not needed. */
  audited?: boolean;
}

export function problem(
  kind: ProblemKind,
  detail: string,
  extras: { errors?: Record<string, string[]>; requestId?: string; headers?: Record<string, string> } = {},
): ApiResult {
  const { status, title } = problemKinds[kind];
  const body: Problem = { type: problemType(kind), title, status, detail };
  if (extras.errors) body.errors = extras.errors;
  if (extras.requestId) body.requestId = extras.requestId;
  return { status, body, headers: { "content-type": PROBLEM_CONTENT_TYPE, ...extras.headers } };
}

export function json(status: number, body: unknown, headers?: Record<string, string>): ApiResult {
  return { status, body, headers };
}

/** The Response a route returns. API answers are never cached: they describe live sends. */
export function toResponse(result: ApiResult): Response {
  return new Response(JSON.stringify(result.body), {
    status: result.status,
    headers: { "content-type": "application/json", "cache-control": "no-store", ...result.headers },
  });
}
