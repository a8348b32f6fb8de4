/**
 * What an uploaded recipient file is, before its ids are read: its text encoding (a BOM, the NUL
 * pattern of BOM-less UTF-16, or valid UTF-8; anything else goes to a detector the caller loads
 * lazily) and its CSV layout (a header row and which column holds the userIds). Pure, browser-safe.
 */

/** Encodings the compose page can read; each maps to a WHATWG TextDecoder label. */
export const RECIPIENT_ENCODINGS = {
  utf8: "utf-8",
  utf8bom: "utf-8",
  utf16le: "utf-16le",
  utf16be: "utf-16be",
  // WHATWG's gbk label is the GB18030 decoder: a superset, so GBK files read the same.
  gb18030: "gb18030",
  big5: "big5",
  shiftjis: "shift_jis",
  eucjp: "euc-jp",
  euckr: "euc-kr",
  windows1252: "windows-1252",
} as const;
export type RecipientEncoding = keyof typeof RECIPIENT_ENCODINGS;

export interface SniffedEncoding {
  encoding: RecipientEncoding;
  /** Bytes of the byte-order mark to skip. */
  bomLength: number;
}

const SNIFF_BYTES = 4096;

/**
 * Decides from the first bytes when it can: a BOM, UTF-16 by its NUL bytes (ASCII ids leave every
 * other byte 0), or bytes that are valid UTF-8. Null: a legacy encoding, for the detector.
 */
export function sniffEncoding(head: Uint8Array): SniffedEncoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf8bom", bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf16le", bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf16be", bomLength: 2 };
  const sample = head.subarray(0, SNIFF_BYTES - (SNIFF_BYTES % 2));
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNul += 1;
    else oddNul += 1;
  }
  const pairs = Math.floor(sample.length / 2);
  if (pairs > 0 && oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return { encoding: "utf16le", bomLength: 0 };
  if (pairs > 0 && evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return { encoding: "utf16be", bomLength: 0 };
  try {
    // `stream: true`: a character cut off at the end of the sample is not an error.
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return { encoding: "utf8", bomLength: 0 };
  } catch {
    return null;
  }
}

/** A detector's charset name (chardet's spelling) as one of ours; null when the page cannot read it. */
export function encodingFromCharset(name: string | null | undefined): RecipientEncoding | null {
  switch ((name ?? "").toLowerCase().replace(/[^a-z0-9]/g, "")) {
    case "gb18030":
    case "gbk":
    case "gb2312":
      return "gb18030";
    case "big5":
      return "big5";
    case "shiftjis":
      return "shiftjis";
    case "eucjp":
      return "eucjp";
    case "euckr":
      return "euckr";
    case "utf8":
      return "utf8";
    case "utf16le":
      return "utf16le";
    case "utf16be":
      return "utf16be";
    case "iso88591":
    case "windows1252":
      return "windows1252";
    default:
      return null;
  }
}

/** Header cells naming the userId column, compared lower-case without spaces, `_` or `-`. */
const ID_HEADERS = new Set(
  [
    "userid",
    "userids",
    "staffid",
    "staffids",
    "id",
    "工号",
    "员工id",
    "员工工号",
    "员工编号",
    "用户id",
    "钉钉id",
    "钉钉userid",
  ].map((word) => word.toLowerCase()),
);
/** Header cells that are clearly not ids: a row with one of these is a header even without an id column. */
const OTHER_HEADERS = new Set([
  "name",
  "username",
  "displayname",
  "姓名",
  "名字",
  "dept",
  "department",
  "部门",
  "email",
  "邮箱",
  "mobile",
  "phone",
  "手机",
  "手机号",
  "title",
  "职位",
  "remark",
  "备注",
]);

const normaliseHeader = (cell: string) => cell.toLowerCase().replace(/[\s_\-\u3000]+/g, "");
export const isIdHeader = (cell: string) => ID_HEADERS.has(normaliseHeader(cell));

export type HeaderLayout =
  /** No header: every token of every line is an id (pasted lists, one-column files). */
  | { kind: "none" }
  /** A header row whose column `column` holds the ids. */
  | { kind: "column"; columns: string[]; column: number; recognised: boolean }
  /** A header row with several columns, none recognised: the admin picks one. */
  | { kind: "ask"; columns: string[] };

/** Tab, comma or semicolon: whichever the first line has, in that order. */
export function detectDelimiter(firstLine: string): string | null {
  for (const delimiter of ["\t", ",", ";"]) if (firstLine.includes(delimiter)) return delimiter;
  return null;
}

/** One CSV record's fields (RFC 4180: quoted fields may hold the delimiter, new lines and `""`). */
export function splitCsvRecord(record: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < record.length; i += 1) {
    const char = record[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (record[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (char === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (char === delimiter) {
      fields.push(field.trim());
      field = "";
    } else field += char;
  }
  fields.push(field.trim());
  return fields;
}

/** True while a record has an open quote: its next physical line belongs to it. */
export function hasOpenQuote(record: string): boolean {
  let count = 0;
  for (let i = 0; i < record.length; i += 1) if (record.charCodeAt(i) === 34) count += 1;
  return count % 2 === 1;
}

/**
 * The layout from the first non-empty line. `chosen` is the column the admin picked. A row with a
 * recognised id header, or with several cells of which one is a known non-id header or none is a
 * valid id, is a header; otherwise the file has none and reads as before.
 */
export function detectHeader(
  firstLine: string,
  isUserId: (value: string) => boolean,
  chosen: number | null = null,
  /** A file (not a paste): a row with a cell that is no valid id is a header too. */
  file = false,
): HeaderLayout {
  const delimiter = detectDelimiter(firstLine);
  const cells = delimiter ? splitCsvRecord(firstLine, delimiter) : [firstLine.trim()];
  const names = cells.map(normaliseHeader);
  // One cell (no delimiter): a one-column list, its header word (if any) skipped as before.
  if (cells.length < 2) return { kind: "none" };
  if (chosen !== null && chosen >= 0 && chosen < cells.length)
    return { kind: "column", columns: cells, column: chosen, recognised: false };
  const idColumn = names.findIndex((name) => ID_HEADERS.has(name));
  if (idColumn >= 0) return { kind: "column", columns: cells, column: idColumn, recognised: true };
  const looksLikeHeader =
    names.some((name) => OTHER_HEADERS.has(name)) || (file && cells.some((cell) => cell && !isUserId(cell)));
  return looksLikeHeader ? { kind: "ask", columns: cells } : { kind: "none" };
}
