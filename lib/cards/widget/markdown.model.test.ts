import { describe, expect, it } from "vitest";
import { parseRichText, richPlainText } from "./markdown.model";

describe("card markdown", () => {
  it("reads DingTalk's font tag with a size token and a colour token, nested", () => {
    const [block] = parseRichText(
      `<font sizeToken=common_h3_text_style__font_size colorTokenV2=common_red1_color>Alert <font color="#00B853">ok</font></font> done`,
      false,
    );
    expect(block).toEqual({
      t: "p",
      c: [
        {
          t: "font",
          size: 20,
          color: "#FF5219",
          c: [
            { t: "text", v: "Alert " },
            { t: "font", color: "#00B853", c: [{ t: "text", v: "ok" }] },
          ],
        },
        { t: "text", v: " done" },
      ],
    });
  });

  it("takes the dark colour of a token in dark mode, and ignores a colour it cannot read", () => {
    expect(parseRichText(`<font colorTokenV2=common_blue1_color>x</font>`, true)[0]).toMatchObject({
      c: [{ t: "font", color: "#47A9FF" }],
    });
    expect(parseRichText(`<font color="javascript:alert(1)">x</font>`, false)[0]).toEqual({
      t: "p",
      c: [{ t: "font", c: [{ t: "text", v: "x" }] }],
    });
  });

  it("reads headings, emphasis, strike-through, code, links, images, lists, quotes, rules, fences and tables", () => {
    const blocks = parseRichText(
      [
        "# Title",
        "**b** *i* ~~s~~ `c` [l](https://a.b) ![alt](https://a.b/i.png)",
        "- one",
        "- two",
        "1. first",
        "> quoted",
        "---",
        "```",
        "x < y",
        "```",
        "| a | b |",
        "| --- | --- |",
        "| 1 | 2 |",
      ].join("\n"),
      false,
    );
    expect(blocks.map((block) => block.t)).toEqual(["h", "p", "list", "list", "quote", "hr", "pre", "table"]);
    expect(blocks[1]).toMatchObject({
      c: [
        { t: "strong" },
        { t: "text", v: " " },
        { t: "em" },
        { t: "text", v: " " },
        { t: "del" },
        { t: "text", v: " " },
        { t: "code", v: "c" },
        { t: "text", v: " " },
        { t: "link", href: "https://a.b" },
        { t: "text", v: " " },
        { t: "image", src: "https://a.b/i.png", alt: "alt" },
      ],
    });
    expect(richPlainText(blocks)).toContain("x < y");
  });

  it("keeps other HTML as literal text and line breaks inside a paragraph", () => {
    expect(richPlainText(parseRichText("<script>alert(1)</script>\nnext", false))).toBe(
      "<script>alert(1)</script>\nnext",
    );
  });

  it("is bounded on hostile input", () => {
    const deep = "<font color=red>".repeat(500) + "x" + "</font>".repeat(500);
    expect(() => parseRichText(deep, false)).not.toThrow();
    expect(() => parseRichText("**".repeat(20_000), false)).not.toThrow();
  });
});
