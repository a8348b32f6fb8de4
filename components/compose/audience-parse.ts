import { AudienceParser, type ParsedAudience } from "@/lib/messages/audience.model";
import type { RecipientEncoding } from "@/lib/messages/recipient-file.model";
import { decoderFor, detectEncoding, UndecodableFile } from "./audience-encoding";

/*
 * Feeds pasted text or an uploaded file to AudienceParser a slice at a time. The Web Worker runs it
 * without pauses; the main-thread fallback passes `pause` so the page stays responsive between
 * slices. Shared by both so they cannot disagree about the result.
 */

export interface AudienceSummary extends ParsedAudience {
  /** Every malformed id found; `malformed` lists only the first ones. */
  malformedTotal: number;
  /** How an uploaded file was decoded; null for pasted text. */
  encoding: RecipientEncoding | null;
}

/** `column`: the header column the admin picked for a file whose id column has no known name. */
export type AudienceSource = { kind: "text"; text: string } | { kind: "file"; file: Blob; column?: number | null };

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

export async function parseAudienceSource(
  source: AudienceSource,
  options: ParseOptions = {},
): Promise<AudienceSummary> {
  if (source.kind === "text") {
    const parser = new AudienceParser();
    const size = source.text.length;
    for (let offset = 0; offset < size; offset += SLICE_CHARS) {
      if (options.cancelled?.()) throw new ParseCancelled();
      const end = Math.min(size, offset + SLICE_CHARS);
      const slice = source.text.slice(offset, end);
      // A BOM from Excel's "CSV UTF-8" export would otherwise glue itself to the first id.
      parser.push(offset === 0 ? slice.replace(/^\uFEFF/, "") : slice);
      options.onProgress?.(end / size);
      if (end < size) await options.pause?.();
    }
    return { ...parser.finish(), malformedTotal: parser.malformedTotal, encoding: null };
  }
  const { file } = source;
  const size = file.size;
  const head = new Uint8Array(await file.slice(0, SLICE_CHARS).arrayBuffer());
  const { encoding, bomLength } = await detectEncoding(head);
  const parser = new AudienceParser(source.column ?? null, true);
  // Decoded slice by slice; `stream: true` keeps a character split across two slices intact, and a
  // fatal decoder refuses bytes that do not belong to the encoding instead of inventing "�".
  const decoder = decoderFor(encoding);
  for (let offset = bomLength; offset < size; offset += SLICE_CHARS) {
    if (options.cancelled?.()) throw new ParseCancelled();
    const end = Math.min(size, offset + SLICE_CHARS);
    const bytes =
      offset === 0 && end <= head.length ? head.subarray(0, end) : await file.slice(offset, end).arrayBuffer();
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: end < size });
    } catch {
      throw new UndecodableFile(encoding);
    }
    parser.push(text);
    options.onProgress?.(end / size);
    if (end < size) await options.pause?.();
  }
  return { ...parser.finish(), malformedTotal: parser.malformedTotal, encoding };
}
