import { spawn, type ChildProcess } from "node:child_process";

/**
 * The simulator as its own process, as in production the DingTalk API is another machine: the
 * benchmark's event loop then measures Dingcast, not the fake.
 */
export async function startSimulatorProcess(port: string, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/sandbox.ts"], {
    env: { ...process.env, SANDBOX_PORT: port, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/__sandbox/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error("the simulator did not start");
}

/** Control calls to the simulator, retried once when a kept-alive socket was closed under us. */
export async function simulatorControl(baseUrl: string, pathAndQuery: string, body?: unknown): Promise<Response> {
  const init: RequestInit =
    body === undefined
      ? {}
      : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  try {
    return await fetch(`${baseUrl}${pathAndQuery}`, init);
  } catch {
    return fetch(`${baseUrl}${pathAndQuery}`, init);
  }
}
