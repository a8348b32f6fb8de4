/**
 * Standalone DingTalk simulator: `npm run sandbox [-- --port 3999 --seed 7 ...]`.
 * Flags win over environment variables, which win over the simulator's defaults.
 * (Reading process.env is allowed here, in scripts/, and nowhere in lib/.)
 */
import { startSandbox } from "../lib/sandbox/server";
import type { SandboxOptions } from "../lib/sandbox/options";

const FLAGS: Record<string, { env: string; kind: "int" | "number" | "string" | "list" }> = {
  port: { env: "SANDBOX_PORT", kind: "int" },
  host: { env: "SANDBOX_HOST", kind: "string" },
  seed: { env: "SANDBOX_SEED", kind: "int" },
  qps: { env: "SANDBOX_QPS", kind: "int" },
  "read-share": { env: "SANDBOX_READ_SHARE", kind: "number" },
  "read-mean-ms": { env: "SANDBOX_READ_MEAN_MS", kind: "number" },
  "read-min-ms": { env: "SANDBOX_READ_MIN_MS", kind: "number" },
  "flow-control-rate": { env: "SANDBOX_FLOW_CONTROL_RATE", kind: "number" },
  "app-key": { env: "SANDBOX_APP_KEY", kind: "string" },
  "app-secret": { env: "SANDBOX_APP_SECRET", kind: "string" },
  "robot-codes": { env: "SANDBOX_ROBOT_CODES", kind: "list" },
};

function usage(message: string): never {
  console.error(`sandbox: ${message}`);
  console.error(
    `flags: ${Object.keys(FLAGS)
      .map((f) => `--${f}`)
      .join(" ")}`,
  );
  process.exit(2);
}

function parseArgs(argv: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith("--")) usage(`unexpected argument ${arg}`);
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (!(name in FLAGS)) usage(`unknown flag --${name}`);
    if (value === undefined) usage(`--${name} needs a value`);
    out.set(name, value);
  }
  return out;
}

function read(name: string, args: Map<string, string>): string | number | string[] | undefined {
  const spec = FLAGS[name];
  if (!spec) return undefined;
  const raw = args.get(name) ?? process.env[spec.env];
  if (raw === undefined || raw === "") return undefined;
  if (spec.kind === "string") return raw;
  if (spec.kind === "list")
    return raw
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  const n = Number(raw);
  if (!Number.isFinite(n) || (spec.kind === "int" && !Number.isInteger(n)))
    usage(`--${name} / ${spec.env} must be a number`);
  return n;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const get = <T>(name: string): T | undefined => read(name, args) as T | undefined;
  const options: SandboxOptions & { port: number; host: string } = {
    port: get<number>("port") ?? 3999,
    host: get<string>("host") ?? "127.0.0.1",
  };
  const map: Array<[string, keyof SandboxOptions]> = [
    ["seed", "seed"],
    ["qps", "qps"],
    ["read-share", "readShare"],
    ["read-mean-ms", "readMeanMs"],
    ["read-min-ms", "readMinMs"],
    ["flow-control-rate", "flowControlRate"],
    ["app-key", "appKey"],
    ["app-secret", "appSecret"],
    ["robot-codes", "robotCodes"],
  ];
  for (const [flag, key] of map) {
    const v = read(flag, args);
    if (v !== undefined) Object.assign(options, { [key]: v });
  }
  let sandbox;
  try {
    sandbox = await startSandbox(options);
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
  console.log(`sandbox listening on ${sandbox.url}`);
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
