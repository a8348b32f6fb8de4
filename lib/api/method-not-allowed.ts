import { problem, toResponse } from "./problem";

/**
 * What an /api/v1 route answers to the HTTP methods it does not serve. Left to itself, Next.js
 * answers those with an empty 405 and no Allow header, and, once a route exports a handler for
 * a method, counts that method in its automatic OPTIONS answer. So a route exports, next to its
 * real handlers, every other method from here:
 *
 *   export const POST = withApiKey("send", { … });
 *   export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = otherMethods("POST");
 *
 * Each answers 405 problem+json (kind method-not-allowed) with `Allow` (RFC 9110 §15.5.6, §10.2.1);
 * OPTIONS answers 204 with the same `Allow`. HEAD is served by Next.js from GET where there is a GET,
 * so it is only handed out here for routes without one. The types refuse to hand out a method the
 * route serves, so a route cannot export it twice.
 */
const HTTP_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH"] as const;
type HttpMethod = (typeof HTTP_METHODS)[number];
type ServedMethod = Exclude<HttpMethod, "HEAD" | "OPTIONS">;

type RouteHandler = (request: Request) => Response;
type OtherMethods<Served extends ServedMethod> = Record<
  Exclude<HttpMethod, Served | ("GET" extends Served ? "HEAD" : never)>,
  RouteHandler
>;

/** The Allow header of a route serving `served`: with HEAD when it serves GET, and OPTIONS. */
export function allowHeader(served: readonly ServedMethod[]): string {
  const allowed = new Set<HttpMethod>([...served, "OPTIONS"]);
  if (allowed.has("GET")) allowed.add("HEAD");
  return HTTP_METHODS.filter((method) => allowed.has(method)).join(", ");
}

const handedOut = new WeakSet<RouteHandler>();

/** Whether a route's export came from otherMethods (a refusal or the OPTIONS answer), not a real handler. */
export function isOtherMethod(handler: unknown): boolean {
  return typeof handler === "function" && handedOut.has(handler as RouteHandler);
}

export function otherMethods<const Served extends ServedMethod>(...served: Served[]): OtherMethods<Served> {
  const allow = allowHeader(served);
  const refuse: RouteHandler = (request) =>
    toResponse(
      problem("method-not-allowed", `${request.method} is not served here; this path takes ${allow}.`, {
        headers: { allow },
      }),
    );
  const handlers: Partial<Record<HttpMethod, RouteHandler>> = {};
  for (const method of HTTP_METHODS) {
    if ((served as readonly HttpMethod[]).includes(method)) continue;
    if (method === "HEAD" && served.includes("GET" as Served)) continue;
    const handler: RouteHandler =
      method === "OPTIONS"
        ? () => new Response(null, { status: 204, headers: { allow, "cache-control": "no-store" } })
        : (request) => refuse(request);
    handedOut.add(handler);
    handlers[method] = handler;
  }
  return handlers as OtherMethods<Served>;
}
