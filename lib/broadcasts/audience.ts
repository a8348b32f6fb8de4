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
}

const HEADER_WORDS = new Set(["userid", "userids", "user_id", "staffid", "staff_id", "id", "工号", "用户id"]);
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

  /** Feed text in any slices; a token split across two slices is joined. */
  push(text: string): void {
    const lines = (this.carry + text).split(/\r\n|\n|\r/);
    this.carry = lines.pop() ?? "";
    for (const line of lines) this.consumeLine(line);
  }

  finish(): ParsedAudience {
    if (this.carry) this.consumeLine(this.carry);
    this.carry = "";
    return { userIds: this.order, duplicates: this.duplicates, malformed: this.malformed, truncated: this.truncated };
  }

  get malformedTotal(): number {
    return this.malformedCount;
  }

  private consumeLine(raw: string): void {
    this.line += 1;
    for (const token of raw.split(/[,;\t ，；、|]+/)) {
      const value = token.trim().replace(/^["'“”‘’]+|["'“”‘’]+$/g, "");
      if (!value) continue;
      if (this.line === 1 && HEADER_WORDS.has(value.toLowerCase())) continue;
      if (!USER_ID_PATTERN.test(value)) {
        this.malformedCount += 1;
        if (this.malformed.length < MAX_MALFORMED_KEPT) this.malformed.push({ value: value.slice(0, 80), line: this.line });
        continue;
      }
      if (this.seen.has(value)) {
        this.duplicates += 1;
        continue;
      }
      if (this.order.length >= MAX_RECIPIENTS) {
        this.truncated = true;
        continue;
      }
      this.seen.add(value);
      this.order.push(value);
    }
  }
}

export function parseAudience(text: string): ParsedAudience {
  const parser = new AudienceParser();
  parser.push(text);
  return parser.finish();
}
