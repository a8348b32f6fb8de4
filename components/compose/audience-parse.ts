import { AudienceParser, type ParsedAudience } from "@/lib/broadcasts/audience";

/*
 * Feeds pasted text or an uploaded file to AudienceParser a slice at a time. The Web Worker runs it
 * without pauses; the main-thread fallback passes `pause` so the page stays responsive between
 * slices. Shared by both so they cannot disagree about the result.
 */

export interface AudienceSummary extends ParsedAudience {
  /** Every malformed id found; `malformed` lists only the first ones. */
  malformedTotal: number;
}

export type AudienceSource = { kind: "text"; text: string } | { kind: "file"; file: Blob };

export interface ParseOptions {
  /** 0…1, reported after each slice. */
  onProgress?: (share: number) => void;
  /** Awaited between slices; a main-thread caller yields to the event loop here. */
  pause?: () => Promise<void>;
  /** Checked between slices: true stops the parse (a newer input superseded it). */
  cancelled?: () => boolean;
}

// About 12,000 ids per slice: under 10 ms of parsing on a laptop, so a fallback parse never blocks long.
const SLICE_CHARS = 128 * 1024;

export class ParseCancelled extends Error {
  constructor() {
    super("parse superseded");
    this.name = "ParseCancelled";
  }
}

export async function parseAudienceSource(source: AudienceSource, options: ParseOptions = {}): Promise<AudienceSummary> {
  const parser = new AudienceParser();
  const size = source.kind === "text" ? source.text.length : source.file.size;
  // Files are decoded slice by slice; `stream: true` keeps a multi-byte character split across two slices intact.
  const decoder = new TextDecoder("utf-8");
  for (let offset = 0; offset < size; offset += SLICE_CHARS) {
    if (options.cancelled?.()) throw new ParseCancelled();
    const end = Math.min(size, offset + SLICE_CHARS);
    const slice = source.kind === "text" ? source.text.slice(offset, end) : decoder.decode(await source.file.slice(offset, end).arrayBuffer(), { stream: end < size });
    // A BOM from Excel's "CSV UTF-8" export would otherwise glue itself to the first id.
    parser.push(offset === 0 ? slice.replace(/^\uFEFF/, "") : slice);
    options.onProgress?.(end / size);
    if (end < size) await options.pause?.();
  }
  const parsed = parser.finish();
  return { ...parsed, malformedTotal: parser.malformedTotal };
}
