import {
  detectDelimiter,
  detectHeader,
  hasOpenQuote,
  isIdHeader,
  splitCsvRecord,
  type HeaderLayout,
} from "./recipient-file.model";

/**
 * Turns pasted or uploaded text into userIds: any separators (commas, semicolons, tabs, spaces,
 * new lines, CSV quoting), duplicates dropped, malformed ids reported with their line.
 * Pure and incremental, so a Web Worker can run it over 100,000 ids without blocking the page.
 */

/** DingTalk userIds (staffIds) are short ASCII tokens; anything else DingTalk would refuse. */
export const USER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_\-.@$]{0,63}$/;
export const MAX_RECIPIENTS = 100_000;

export interface MalformedId {
  value: string;
  line: number;
}

export interface ParsedAudience {
  userIds: string[];
  duplicates: number;
  malformed: MalformedId[];
  /** True when more than MAX_RECIPIENTS distinct ids were found; the rest are dropped. */
  truncated: boolean;
  /** The header row's cells when the file has one (the column select lists them). */
  columns: string[] | null;
  /** The column the ids were read from; null without a header or while it must be chosen. */
  column: number | null;
  /** Several columns, none recognised as the userId column: nothing was read until one is chosen. */
  needsColumn: boolean;
}

// Only the first few malformed ids are kept for display; the count is what matters beyond that.
const MAX_MALFORMED_KEPT = 100;

export class AudienceParser {
  private readonly seen = new Set<string>();
  private readonly order: string[] = [];
  private readonly malformed: MalformedId[] = [];
  private malformedCount = 0;
  private duplicates = 0;
  private line = 0;
  private carry = "";
  private truncated = false;
  private layout: HeaderLayout | null = null;
  private delimiter = ",";
  private pendingRecord = "";
  private recordLine = 0;

  /**
   * `column`: the header column the admin picked (a CSV whose id column has no known name); `file`:
   * the text is an uploaded file, whose first row with a non-id cell is taken as a header.
   */
  constructor(
    private readonly column: number | null = null,
    private readonly file = false,
  ) {}

  /** Feed text in any slices; a token split across two slices is joined. */
  push(text: string): void {
    const lines = (this.carry + text).split(/\r\n|\n|\r/);
    this.carry = lines.pop() ?? "";
    for (const line of lines) this.consumeLine(line);
  }

  finish(): ParsedAudience {
    if (this.carry) this.consumeLine(this.carry);
    this.carry = "";
    if (this.pendingRecord) this.consumeRecord(this.pendingRecord);
    this.pendingRecord = "";
    const layout = this.layout ?? { kind: "none" };
    return {
      userIds: this.order,
      duplicates: this.duplicates,
      malformed: this.malformed,
      truncated: this.truncated,
      columns: layout.kind === "none" ? null : layout.columns,
      column: layout.kind === "column" ? layout.column : null,
      needsColumn: layout.kind === "ask",
    };
  }

  get malformedTotal(): number {
    return this.malformedCount;
  }

  private consumeLine(raw: string): void {
    this.line += 1;
    if (!this.layout) {
      if (!raw.trim()) return;
      this.layout = detectHeader(raw, (value) => USER_ID_PATTERN.test(value), this.column, this.file);
      if (this.layout.kind === "none") return this.consumeTokens(raw, true);
      this.delimiter = detectDelimiter(raw) ?? ",";
      return;
    }
    if (this.layout.kind === "none") return this.consumeTokens(raw, false);
    if (this.layout.kind === "ask") return;
    // A quoted field may hold new lines: gather physical lines until the quotes close.
    if (!this.pendingRecord) this.recordLine = this.line;
    this.pendingRecord = this.pendingRecord ? `${this.pendingRecord}\n${raw}` : raw;
    if (hasOpenQuote(this.pendingRecord)) return;
    this.consumeRecord(this.pendingRecord);
    this.pendingRecord = "";
  }

  private consumeRecord(record: string): void {
    if (this.layout?.kind !== "column" || !record.trim()) return;
    const value = splitCsvRecord(record, this.delimiter)[this.layout.column] ?? "";
    if (value) this.add(value, this.recordLine);
  }

  private consumeTokens(raw: string, firstLine: boolean): void {
    for (const token of raw.split(/[,;\t ，；、|]+/)) {
      const value = token.trim().replace(/^["'“”‘’]+|["'“”‘’]+$/g, "");
      if (!value) continue;
      if (firstLine && isIdHeader(value)) continue;
      this.add(value);
    }
  }

  private add(value: string, line = this.line): void {
    if (!USER_ID_PATTERN.test(value)) {
      this.malformedCount += 1;
      if (this.malformed.length < MAX_MALFORMED_KEPT) this.malformed.push({ value: value.slice(0, 80), line });
      return;
    }
    if (this.seen.has(value)) {
      this.duplicates += 1;
      return;
    }
    if (this.order.length >= MAX_RECIPIENTS) {
      this.truncated = true;
      return;
    }
    this.seen.add(value);
    this.order.push(value);
  }
}

export function parseAudience(text: string, column: number | null = null): ParsedAudience {
  const parser = new AudienceParser(column);
  parser.push(text);
  return parser.finish();
}
