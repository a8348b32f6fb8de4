/**
 * Errors of the automation API as RFC 9457 problem details (application/problem+json). Each kind
 * has a stable `type` URI pointing at its section of the console's API page and a fixed English
 * `title`; `detail` says what happened this time. Titles live here, not in messages/*.json: they are
 * part of the API contract, like field names, and must not change with the console's language.
 */
export const problemKinds = {
  "bad-request": { status: 400, title: "Bad request" },
  validation: { status: 400, title: "Validation failed" },
  unauthorized: { status: 401, title: "Missing or invalid API key" },
  forbidden: { status: 403, title: "Scope missing" },
  "not-found": { status: 404, title: "Not found" },
  conflict: { status: 409, title: "Conflict" },
  "idempotency-conflict": { status: 409, title: "Idempotency key reused" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "rate-limited": { status: 429, title: "Too many sends" },
  internal: { status: 500, title: "Internal error" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemKind = keyof typeof problemKinds;

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Validation only: the request's field paths (`msgParam.content`, `audience.userIds.3`) and what is wrong with each. */
  errors?: Record<string, string[]>;
  /** 500 only: quote it to an administrator; the server log has the rest under the same id. */
  requestId?: string;
}

export function problemType(kind: ProblemKind): string {
  return `/api-docs#problem-${kind}`;
}

/** A JSON answer before it becomes a Response: what the handlers return, so tests need no HTTP. */
export interface ApiResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** The handler wrote its own audit event (message.send …), so the generic api.call is not needed. */
  audited?: boolean;
}

export function problem(kind: ProblemKind, detail: string, extras: { errors?: Record<string, string[]>; requestId?: string; headers?: Record<string, string> } = {}): ApiResult {
  const { status, title } = problemKinds[kind];
  const body: Problem = { type: problemType(kind), title, status, detail };
  if (extras.errors) body.errors = extras.errors;
  if (extras.requestId) body.requestId = extras.requestId;
  return { status, body, headers: { "content-type": PROBLEM_CONTENT_TYPE, ...extras.headers } };
}

export function json(status: number, body: unknown, headers?: Record<string, string>): ApiResult {
  return { status, body, headers };
}

export function isProblem(result: ApiResult): boolean {
  return result.headers?.["content-type"] === PROBLEM_CONTENT_TYPE;
}

/** The Response a route returns. API answers are never cached: they describe live sends. */
export function toResponse(result: ApiResult): Response {
  return new Response(JSON.stringify(result.body), {
    status: result.status,
    headers: { "content-type": "application/json", "cache-control": "no-store", ...result.headers },
  });
}
