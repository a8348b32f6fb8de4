import { describe, expect, it } from "vitest";
import { AudienceParser, MAX_RECIPIENTS, parseAudience } from "./audience.model";

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

  it.each(["userId", "user_id", "UserID", "工号", "员工ID", "员工 ID", "用户ID", "钉钉ID", "staffId", " USER ID "])(
    "takes the column headed %s and ignores the others",
    (header) => {
      const parsed = parseAudience(`姓名,${header}\n张三,zhangsan\n李四,lisi\n`);
      expect(parsed.userIds).toEqual(["zhangsan", "lisi"]);
      expect(parsed.malformed).toEqual([]);
      expect(parsed.column).toBe(1);
    },
  );

  it("parses quoted fields: commas, doubled quotes and new lines inside quotes", () => {
    const parsed = parseAudience(
      '"备注",userId\n"a, ""quoted"" note",u1\n"two\nlines",u2\n"x",  "u3" \n,\nnobody,"bad id"\n',
    );
    expect(parsed.userIds).toEqual(["u1", "u2", "u3"]);
    expect(parsed.malformed).toEqual([{ value: "bad id", line: 7 }]);
  });

  it("asks for the column of a header it does not know (name column present), reading nothing", () => {
    const parsed = parseAudience("Name\tAccount\n张三\tzhangsan\n");
    expect(parsed).toMatchObject({ needsColumn: true, columns: ["Name", "Account"], userIds: [], malformed: [] });
    expect(parseAudience("Name\tAccount\n张三\tzhangsan\n", 1).userIds).toEqual(["zhangsan"]);
  });

  it("keeps pasted lists without a header as before", () => {
    expect(parseAudience("u1, u2; u3\nu4").userIds).toEqual(["u1", "u2", "u3", "u4"]);
    expect(parseAudience("ok1,<script>").malformed).toEqual([{ value: "<script>", line: 1 }]);
  });
});
