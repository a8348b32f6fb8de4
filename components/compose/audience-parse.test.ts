import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { UndecodableFile } from "./audience-encoding";
import { parseAudienceSource } from "./audience-parse";

const CSV = '工号,姓名,部门\r\nzhangsan,张三,研发部\r\nlisi,李四,"市场, 销售"\r\nwangwu,王五,财务部\r\n';

const file = (bytes: Uint8Array | Buffer) => new Blob([new Uint8Array(bytes)]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, "utf16le");
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

describe("parseAudienceSource: encodings of uploaded files", () => {
  it.each([
    ["GBK (Excel on Chinese Windows)", iconv.encode(CSV, "gbk"), "gb18030"],
    ["GB18030", iconv.encode(CSV, "gb18030"), "gb18030"],
    ["UTF-8", Buffer.from(CSV, "utf8"), "utf8"],
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, "utf8")]), "utf8bom"],
    ["UTF-16 LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, "utf16le")]), "utf16le"],
    ["UTF-16 LE without BOM", Buffer.from(CSV, "utf16le"), "utf16le"],
    ["UTF-16 BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(CSV)]), "utf16be"],
    ["UTF-16 BE without BOM", utf16be(CSV), "utf16be"],
  ] as const)("reads %s and takes the 工号 column", async (_, bytes, encoding) => {
    const result = await parseAudienceSource({ kind: "file", file: file(bytes) });
    expect(result.encoding).toBe(encoding);
    expect(result.userIds).toEqual(["zhangsan", "lisi", "wangwu"]);
    expect(result.malformedTotal).toBe(0);
    expect(result.columns).toEqual(["工号", "姓名", "部门"]);
    expect(result.column).toBe(0);
  });

  it("reads a short GBK list of ids with Chinese names, one per line", async () => {
    const bytes = iconv.encode("u1 张三\nu2 李四\n", "gbk");
    const result = await parseAudienceSource({ kind: "file", file: file(bytes) });
    expect(result.encoding).toBe("gb18030");
    expect(result.userIds).toEqual(["u1", "u2"]);
    expect(result.malformed.map((item) => item.value)).toEqual(["张三", "李四"]);
  });

  it("refuses a UTF-16 file cut in the middle of a character, naming the encoding", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("u1\nu2", "utf16le"), Buffer.from([0x41])]);
    const error = await parseAudienceSource({ kind: "file", file: file(bytes) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UndecodableFile);
    expect((error as UndecodableFile).encoding).toBe("utf16le");
  });

  it("keeps a multi-byte character split across two 128 KB slices", async () => {
    const lines = Array.from({ length: 30_000 }, (_, i) => `user${i},张${i}`);
    const result = await parseAudienceSource({
      kind: "file",
      file: file(iconv.encode("userId,姓名\n" + lines.join("\n"), "gbk")),
    });
    expect(result.encoding).toBe("gb18030");
    expect(result.userIds).toHaveLength(30_000);
    expect(result.malformedTotal).toBe(0);
  });
});

describe("parseAudienceSource: CSV headers", () => {
  const utf8 = (text: string) => file(Buffer.from(text, "utf8"));

  it("asks which column when several exist and none is recognised, then reads the chosen one", async () => {
    const text = "Login,Full name\nzhangsan,张三\nlisi,李四\n";
    const asked = await parseAudienceSource({ kind: "file", file: utf8(text) });
    expect(asked.needsColumn).toBe(true);
    expect(asked.columns).toEqual(["Login", "Full name"]);
    expect(asked.userIds).toEqual([]);
    expect(asked.malformedTotal).toBe(0);
    const chosen = await parseAudienceSource({ kind: "file", file: utf8(text), column: 0 });
    expect(chosen.needsColumn).toBe(false);
    expect(chosen.userIds).toEqual(["zhangsan", "lisi"]);
  });

  it("reads a file without a header as before", async () => {
    const result = await parseAudienceSource({ kind: "file", file: utf8("u1\nu2,u3\nu1\n") });
    expect(result.userIds).toEqual(["u1", "u2", "u3"]);
    expect(result.duplicates).toBe(1);
    expect(result.columns).toBeNull();
  });
});
