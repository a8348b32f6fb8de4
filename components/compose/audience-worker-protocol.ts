import type { RecipientEncoding } from "@/lib/messages/recipient-file.model";
import type { AudienceSource, AudienceSummary } from "./audience-parse";

/** Messages between use-audience.ts and audience.worker.ts; `id` pairs an answer with its request. */
export interface ParseRequest {
  id: number;
  source: AudienceSource;
}

export type ParseResponse =
  | { id: number; type: "progress"; share: number }
  | { id: number; type: "done"; result: AudienceSummary }
  /** `encoding` is set for a file that is not valid in the encoding it was read as (UndecodableFile). */
  | { id: number; type: "error"; message: string; undecodable?: { encoding: RecipientEncoding | null } };
