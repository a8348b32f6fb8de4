import { describe, expect, it } from "vitest";
import { AudienceParser, MAX_RECIPIENTS, parseAudience } from "./audience";

describe("parseAudience", () => {
  it("accepts any separators, quotes and a header row, and drops duplicates", () => {
    const parsed = parseAudience('userId\n"zhang.san", li-si; wang_wu\tzhao6\r\nli-si，chen7 、 zhou8\n\n');
    expect(parsed.userIds).toEqual(["zhang.san", "li-si", "wang_wu", "zhao6", "chen7", "zhou8"]);
    expect(parsed.duplicates).toBe(1);
    expect(parsed.malformed).toEqual([]);
  });

  it("flags malformed ids with their line", () => {
    const parsed = parseAudience("ok1\n<script>\nok2 张三\n" + "x".repeat(70));
    expect(parsed.userIds).toEqual(["ok1", "ok2"]);
    expect(parsed.malformed).toEqual([
      { value: "<script>", line: 2 },
      { value: "张三", line: 3 },
      { value: "x".repeat(70), line: 4 },
    ]);
  });

  it("joins a token split across pushed slices", () => {
    const parser = new AudienceParser();
    parser.push("alpha,be");
    parser.push("ta\ngam");
    parser.push("ma");
    expect(parser.finish().userIds).toEqual(["alpha", "beta", "gamma"]);
  });

  it("parses 100,000 ids and stops at the recipient cap", () => {
    const ids = Array.from({ length: MAX_RECIPIENTS + 5 }, (_, i) => `user${i}`);
    const parsed = parseAudience(ids.join("\n"));
    expect(parsed.userIds).toHaveLength(MAX_RECIPIENTS);
    expect(parsed.truncated).toBe(true);
  });
});
