import type { AudienceSource, AudienceSummary } from "./audience-parse";

/** Messages between use-audience.ts and audience.worker.ts; `id` pairs an answer with its request. */
export interface ParseRequest {
  id: number;
  source: AudienceSource;
}

export type ParseResponse =
  | { id: number; type: "progress"; share: number }
  | { id: number; type: "done"; result: AudienceSummary }
  | { id: number; type: "error"; message: string };
