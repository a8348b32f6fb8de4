import {
  encodingFromCharset,
  RECIPIENT_ENCODINGS,
  sniffEncoding,
  type RecipientEncoding,
  type SniffedEncoding,
} from "@/lib/messages/recipient-file.model";

/** A file whose bytes are not valid in the encoding it was read as (or in any the page can read). */
export class UndecodableFile extends Error {
  constructor(readonly encoding: RecipientEncoding | null) {
    super(`not valid ${encoding ? RECIPIENT_ENCODINGS[encoding] : "text in a known encoding"}`);
    this.name = "UndecodableFile";
  }
}

/**
 * The encoding of an uploaded file from its first bytes. BOMs, BOM-less UTF-16 and valid UTF-8 are
 * decided without a library; anything else goes to chardet (about 12 KiB gzip), imported here only
 * then, so it never weighs on the compose page's first load.
 */
export async function detectEncoding(head: Uint8Array): Promise<SniffedEncoding> {
  const sniffed = sniffEncoding(head);
  if (sniffed) return sniffed;
  const { analyse } = await import("chardet");
  const candidates = analyse(head);
  // Chinese Windows saves GBK; short files often score as another CJK double-byte code as well, so
  // GB18030 wins whenever chardet rates it close to its first choice.
  const top = candidates[0]?.confidence ?? 0;
  const gb = candidates.find((match) => match.name === "GB18030");
  const name = gb && gb.confidence >= top - 20 ? gb.name : candidates[0]?.name;
  let encoding = encodingFromCharset(name);
  // A mostly ASCII GBK file (ids, a few names) scores as Windows-1252, which decodes any byte: take
  // GB18030 whenever the bytes are valid GB18030.
  if ((encoding === "windows1252" || encoding === null) && validIn("gb18030", head)) encoding = "gb18030";
  if (!encoding) throw new UndecodableFile(null);
  return { encoding, bomLength: 0 };
}

function validIn(encoding: RecipientEncoding, bytes: Uint8Array): boolean {
  try {
    decoderFor(encoding).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** A fatal TextDecoder for the encoding: bytes that do not fit throw instead of turning into "�". */
export function decoderFor(encoding: RecipientEncoding): TextDecoder {
  return new TextDecoder(RECIPIENT_ENCODINGS[encoding], { fatal: true });
}
