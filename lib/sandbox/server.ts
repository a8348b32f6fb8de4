import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { SandboxOptions } from "./options";
import { Simulator } from "./simulator";

export interface RunningSandbox {
  url: string;
  port: number;
  close(): Promise<void>;
  simulator: Simulator;
}

/** Larger bodies are not JSON anyone should send; they are answered as an invalid body. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Slow answers still pending, so close() can release them instead of waiting out slowMs. */
const pendingBySimulator = new WeakMap<Simulator, Set<() => void>>();

function pendingOf(sim: Simulator): Set<() => void> {
  let set = pendingBySimulator.get(sim);
  if (!set) {
    set = new Set();
    pendingBySimulator.set(sim, set);
  }
  return set;
}

function createSandboxHandler(simulator: Simulator): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("error", () => res.destroy());
    req.on("end", () => {
      const raw = tooLarge ? "\u0000body too large" : size === 0 ? undefined : Buffer.concat(chunks).toString("utf8");
      simulator
        .handle({ method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers, body: raw })
        .then((out) => {
          const send = () => {
            if (res.destroyed) return;
            res.writeHead(out.status, { ...out.headers, "content-length": Buffer.byteLength(out.body) });
            res.end(out.body);
          };
          if (out.delayMs <= 0) return send();
          const pending = pendingOf(simulator);
          const release = () => {
            clearTimeout(timer);
            pending.delete(release);
            send();
          };
          const timer = setTimeout(release, out.delayMs);
          pending.add(release);
        })
        .catch((err: unknown) => {
          console.error("[sandbox] handler failed", err);
          if (!res.headersSent) res.writeHead(500, { "content-type": "application/json;charset=utf-8" });
          res.end(JSON.stringify({ code: "system.error", message: "未知的系统错误", requestid: "" }));
        });
    });
  };
}

export async function startSandbox(
  options: SandboxOptions & { port?: number; host?: string } = {},
): Promise<RunningSandbox> {
  const { port = 0, host = "127.0.0.1", ...simOptions } = options;
  const simulator = new Simulator(simOptions);
  const server = createServer({ keepAliveTimeout: 5000 }, createSandboxHandler(simulator));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actualPort}`,
    port: actualPort,
    simulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const release of [...pendingOf(simulator)]) release();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
