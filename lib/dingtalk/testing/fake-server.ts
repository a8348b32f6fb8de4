import "server-only";
import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A tiny scripted DingTalk stand-in for the client's tests: real HTTP on 127.0.0.1, responses
 * scripted per method and path, every request recorded. The full simulator lives in lib/sandbox.
 */
interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: unknown;
  /** performance.now() when the request arrived. */
  receivedAt: number;
}

export interface FakeResponse {
  status?: number;
  /** Serialized as the body with content-type application/json. */
  json?: unknown;
  /** Raw body (e.g. an HTML error page); used when `json` is absent. */
  body?: string;
  headers?: Record<string, string>;
  /** Answer only after this long (to exercise timeouts). */
  delayMs?: number;
  /** Drop the connection without answering. */
  destroy?: boolean;
}

/** `nth` counts requests to this route, starting at 1. */
export type FakeHandler = (request: RecordedRequest, nth: number) => FakeResponse | Promise<FakeResponse>;

export interface FakeServer {
  url: string;
  requests: RecordedRequest[];
  /** A handler, one fixed response, or a sequence (the last one repeats). */
  route(method: string, path: string, response: FakeHandler | FakeResponse | FakeResponse[]): void;
  count(path: string): number;
  requestsTo(path: string): RecordedRequest[];
  close(): Promise<void>;
}

export async function startFakeServer(): Promise<FakeServer> {
  const routes = new Map<string, { handler: FakeHandler; hits: number }>();
  const requests: RecordedRequest[] = [];
  const pendingTimers = new Set<NodeJS.Timeout>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake.local");
      const body = Buffer.concat(chunks).toString("utf8");
      let json: unknown = undefined;
      try {
        json = body ? JSON.parse(body) : undefined;
      } catch {
        json = undefined;
      }
      const recorded: RecordedRequest = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
        json,
        receivedAt: performance.now(),
      };
      requests.push(recorded);
      const route = routes.get(`${recorded.method} ${recorded.path}`);
      const respond = async (): Promise<FakeResponse> => {
        if (!route)
          return {
            status: 404,
            json: { code: "fake.noRoute", message: `no route for ${recorded.method} ${recorded.path}` },
          };
        route.hits++;
        return route.handler(recorded, route.hits);
      };
      void respond().then((answer) => {
        const send = () => {
          if (res.destroyed || res.writableEnded) return;
          if (answer.destroy) {
            req.socket.destroy();
            return;
          }
          const payload = answer.json !== undefined ? JSON.stringify(answer.json) : (answer.body ?? "");
          res.writeHead(answer.status ?? 200, {
            "content-type": answer.json !== undefined ? "application/json" : "text/html; charset=utf-8",
            ...answer.headers,
          });
          res.end(payload);
        };
        if (answer.delayMs) {
          const timer = setTimeout(() => {
            pendingTimers.delete(timer);
            send();
          }, answer.delayMs);
          pendingTimers.add(timer);
        } else {
          send();
        }
      });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route(method, path, response) {
      let handler: FakeHandler;
      if (typeof response === "function") handler = response;
      else if (Array.isArray(response)) {
        const sequence = response;
        handler = (_request, nth) =>
          sequence[Math.min(nth, sequence.length) - 1] ?? { status: 500, body: "empty sequence" };
      } else handler = () => response;
      routes.set(`${method} ${path}`, { handler, hits: 0 });
    },
    count: (path) => requests.filter((request) => request.path === path).length,
    requestsTo: (path) => requests.filter((request) => request.path === path),
    close: async () => {
      for (const timer of pendingTimers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
