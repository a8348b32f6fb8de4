import { SandboxError } from "./errors";

interface SandboxFaults {
  /** Share of API calls answered 5xx without being processed. */
  http5xx?: number;
  /** Share of API calls answered with DingTalk's 403 QPS error without being processed. */
  qpsLimit?: number;
  /** Share of API calls whose answer is delayed by `slowMs` (processed first, see simulator.ts). */
  slow?: number;
  slowMs?: number;
  /**
   * Of the http5xx faults, the share answered as a bare 503 with no JSON body (what a load balancer
   * in front of DingTalk sends), the rest as DingTalk's own 500 `system.error`. Default 0.25.
   */
  http503Share?: number;
}

export interface SandboxOptions {
  seed?: number;
  appKey?: string;
  appSecret?: string;
  robotCodes?: string[];
  qps?: number;
  qpsByPath?: Record<string, number>;
  flowControlRate?: number;
  readShare?: number;
  readMeanMs?: number;
  readMinMs?: number;
  processQueryKeyTtlMs?: number;
  tokenTtlSeconds?: number;
  faults?: SandboxFaults;
  unknownUserPattern?: string;
  now?: () => number;
  // Additions beyond the agreed contract; all optional with defaults that match it.
  /** Regex (case-sensitive) a coolAppCode must match when the conversation has none registered. */
  coolAppCodePattern?: string;
  /** msgParam size limit in UTF-8 bytes (see validation/msg-params.ts for why 20,000). */
  msgParamMaxBytes?: number;
  /** For this long after sending, sendStatus is PROCESSING and nobody has read yet. Default 0. */
  processingMs?: number;
  /** How many recent requests keep their body in the inspect log; counters cover all requests. */
  requestLogLimit?: number;
}

interface ResolvedFaults {
  http5xx: number;
  qpsLimit: number;
  slow: number;
  slowMs: number;
  http503Share: number;
}

export interface ResolvedOptions {
  seed: number;
  appKey: string;
  appSecret: string;
  robotCodes: string[];
  qps: number;
  qpsByPath: Record<string, number>;
  flowControlRate: number;
  readShare: number;
  readMeanMs: number;
  readMinMs: number;
  processQueryKeyTtlMs: number;
  tokenTtlSeconds: number;
  faults: ResolvedFaults;
  unknownUserPattern: string;
  coolAppCodePattern: string;
  msgParamMaxBytes: number;
  processingMs: number;
  requestLogLimit: number;
}

const DEFAULTS: ResolvedOptions = {
  seed: 1,
  appKey: "sandbox-app-key",
  appSecret: "sandbox-app-secret",
  robotCodes: ["dingsandboxrobot"],
  qps: 20,
  qpsByPath: {},
  flowControlRate: 0,
  readShare: 0.8,
  readMeanMs: 60_000,
  readMinMs: 0,
  processQueryKeyTtlMs: 24 * 60 * 60 * 1000,
  tokenTtlSeconds: 7200,
  faults: { http5xx: 0, qpsLimit: 0, slow: 0, slowMs: 5000, http503Share: 0.25 },
  unknownUserPattern: "^(unknown|invalid)",
  coolAppCodePattern: "^COOLAPP",
  msgParamMaxBytes: 20_000,
  processingMs: 0,
  requestLogLimit: 1000,
};

function invalid(field: string, why: string): SandboxError {
  return new SandboxError(400, "invalidParameter.param.invalid", `sandbox config: ${field} ${why}`);
}

function rate(field: string, v: unknown): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > 1) throw invalid(field, "must be a number in 0..1");
  return v;
}

function nonNegative(field: string, v: unknown): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw invalid(field, "must be a number >= 0");
  return v;
}

function positiveInt(field: string, v: unknown): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1) throw invalid(field, "must be an integer >= 1");
  return v;
}

function text(field: string, v: unknown): string {
  if (typeof v !== "string" || v === "") throw invalid(field, "must be a non-empty string");
  return v;
}

function regex(field: string, v: unknown): string {
  const s = text(field, v);
  try {
    new RegExp(s, "i");
  } catch {
    throw invalid(field, "is not a valid regular expression");
  }
  return s;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Applies a patch onto `base` and returns a new object. Used both for constructor options (trusted
 * TypeScript callers) and for the control API (untrusted JSON), so every field is checked.
 */
export function applyPatch(base: ResolvedOptions, patch: unknown): ResolvedOptions {
  if (!isRecord(patch)) throw invalid("body", "must be a JSON object");
  const next: ResolvedOptions = { ...base, faults: { ...base.faults }, qpsByPath: { ...base.qpsByPath } };
  const p = patch;
  if (p.seed !== undefined) {
    if (typeof p.seed !== "number" || !Number.isInteger(p.seed)) throw invalid("seed", "must be an integer");
    next.seed = p.seed;
  }
  if (p.appKey !== undefined) next.appKey = text("appKey", p.appKey);
  if (p.appSecret !== undefined) next.appSecret = text("appSecret", p.appSecret);
  if (p.robotCodes !== undefined) {
    if (!Array.isArray(p.robotCodes) || !p.robotCodes.every((r) => typeof r === "string" && r !== "")) {
      throw invalid("robotCodes", "must be an array of non-empty strings");
    }
    next.robotCodes = [...(p.robotCodes as string[])];
  }
  if (p.qps !== undefined) next.qps = positiveInt("qps", p.qps);
  if (p.qpsByPath !== undefined) {
    if (!isRecord(p.qpsByPath)) throw invalid("qpsByPath", "must be an object of path -> qps");
    for (const [path, q] of Object.entries(p.qpsByPath)) next.qpsByPath[path] = positiveInt(`qpsByPath[${path}]`, q);
  }
  if (p.flowControlRate !== undefined) next.flowControlRate = rate("flowControlRate", p.flowControlRate);
  if (p.readShare !== undefined) next.readShare = rate("readShare", p.readShare);
  if (p.readMeanMs !== undefined) next.readMeanMs = nonNegative("readMeanMs", p.readMeanMs);
  if (p.readMinMs !== undefined) next.readMinMs = nonNegative("readMinMs", p.readMinMs);
  if (p.processQueryKeyTtlMs !== undefined)
    next.processQueryKeyTtlMs = nonNegative("processQueryKeyTtlMs", p.processQueryKeyTtlMs);
  if (p.tokenTtlSeconds !== undefined) next.tokenTtlSeconds = nonNegative("tokenTtlSeconds", p.tokenTtlSeconds);
  if (p.unknownUserPattern !== undefined) next.unknownUserPattern = regex("unknownUserPattern", p.unknownUserPattern);
  if (p.coolAppCodePattern !== undefined) next.coolAppCodePattern = regex("coolAppCodePattern", p.coolAppCodePattern);
  if (p.msgParamMaxBytes !== undefined) next.msgParamMaxBytes = positiveInt("msgParamMaxBytes", p.msgParamMaxBytes);
  if (p.processingMs !== undefined) next.processingMs = nonNegative("processingMs", p.processingMs);
  if (p.requestLogLimit !== undefined) next.requestLogLimit = positiveInt("requestLogLimit", p.requestLogLimit);
  if (p.faults !== undefined) {
    if (!isRecord(p.faults)) throw invalid("faults", "must be an object");
    const f = p.faults;
    if (f.http5xx !== undefined) next.faults.http5xx = rate("faults.http5xx", f.http5xx);
    if (f.qpsLimit !== undefined) next.faults.qpsLimit = rate("faults.qpsLimit", f.qpsLimit);
    if (f.slow !== undefined) next.faults.slow = rate("faults.slow", f.slow);
    if (f.slowMs !== undefined) next.faults.slowMs = nonNegative("faults.slowMs", f.slowMs);
    if (f.http503Share !== undefined) next.faults.http503Share = rate("faults.http503Share", f.http503Share);
  }
  return next;
}

export function resolveOptions(options: SandboxOptions = {}): ResolvedOptions {
  // `now` is a function and never part of the JSON-shaped config.
  const { now: _now, ...rest } = options;
  return applyPatch(DEFAULTS, rest);
}

/** What the control API shows: the app secret is a sandbox value, but secrets are never echoed. */
export function publicConfig(o: ResolvedOptions): Omit<ResolvedOptions, "appSecret"> & { appSecret: string } {
  return { ...o, appSecret: "[redacted]" };
}
