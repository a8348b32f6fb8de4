import { describe, expect, it } from "vitest";
import { markdownToPlainText, parseMarkdown, type Block, type Inline, type MarkdownDocument } from "./markdown";
import { pick, seededRandom } from "./testing/prng";
import { isSafeLinkUrl, isWebUrl } from "./url";

const text = (value: string): Inline => ({ type: "text", value });
const blocks = (source: string): Block[] => parseMarkdown(source).blocks;

/** Every link href and image src anywhere in the document. */
function urls(doc: MarkdownDocument): { hrefs: string[]; srcs: string[] } {
  const hrefs: string[] = [];
  const srcs: string[] = [];
  const inline = (nodes: readonly Inline[]): void => {
    for (const node of nodes) {
      if (node.type === "link") {
        hrefs.push(node.href);
        inline(node.children);
      } else if (node.type === "image") srcs.push(node.src);
      else if (node.type === "strong" || node.type === "emphasis") inline(node.children);
    }
  };
  const block = (b: Block): void => {
    if (b.type === "quote") b.children.forEach(block);
    else if (b.type === "list") b.items.forEach(inline);
    else inline(b.children);
  };
  doc.blocks.forEach(block);
  return { hrefs, srcs };
}

describe("parseMarkdown: DingTalk's subset", () => {
  it("parses headings one to six, and only with a space after the hashes", () => {
    expect(blocks("# One\n###### Six")).toEqual([
      { type: "heading", level: 1, children: [text("One")] },
      { type: "heading", level: 6, children: [text("Six")] },
    ]);
    expect(blocks("####### seven")).toEqual([{ type: "paragraph", children: [text("####### seven")] }]);
    expect(blocks("#hashtag")).toEqual([{ type: "paragraph", children: [text("#hashtag")] }]);
  });

  it("parses bold, italic, and both nested", () => {
    expect(blocks("a **b** *c* ***d***")).toEqual([
      {
        type: "paragraph",
        children: [
          text("a "),
          { type: "strong", children: [text("b")] },
          text(" "),
          { type: "emphasis", children: [text("c")] },
          text(" "),
          { type: "strong", children: [{ type: "emphasis", children: [text("d")] }] },
        ],
      },
    ]);
    expect(blocks("2 * 3 * 4 and ** not bold **")).toEqual([
      { type: "paragraph", children: [text("2 * 3 * 4 and ** not bold **")] },
    ]);
  });

  it("parses links, images, and an image that is a link", () => {
    expect(blocks("[DingTalk](https://www.dingtalk.com) ![logo](https://a.b/l.png)")).toEqual([
      {
        type: "paragraph",
        children: [
          { type: "link", href: "https://www.dingtalk.com", children: [text("DingTalk")] },
          text(" "),
          { type: "image", src: "https://a.b/l.png", alt: "logo" },
        ],
      },
    ]);
    expect(blocks("[![pic](https://a.b/p.png)](dingtalk://dingtalkclient/page/x)")).toEqual([
      {
        type: "paragraph",
        children: [
          {
            type: "link",
            href: "dingtalk://dingtalkclient/page/x",
            children: [{ type: "image", src: "https://a.b/p.png", alt: "pic" }],
          },
        ],
      },
    ]);
    expect(blocks("[**bold** link](https://a.b)")[0]).toEqual({
      type: "paragraph",
      children: [
        { type: "link", href: "https://a.b", children: [{ type: "strong", children: [text("bold")] }, text(" link")] },
      ],
    });
  });

  it("parses quotes, with blocks inside, as DingTalk's own weather example uses them", () => {
    expect(blocks("> 9°C, light wind\n> ###### 10:20 [weather](https://www.dingtalk.com)")).toEqual([
      {
        type: "quote",
        children: [
          { type: "paragraph", children: [text("9°C, light wind")] },
          {
            type: "heading",
            level: 6,
            children: [text("10:20 "), { type: "link", href: "https://www.dingtalk.com", children: [text("weather")] }],
          },
        ],
      },
    ]);
  });

  it("parses ordered and unordered lists", () => {
    expect(blocks("- a\n* b\n+ c\n\n3. x\n4) y")).toEqual([
      { type: "list", ordered: false, start: 1, items: [[text("a")], [text("b")], [text("c")]] },
      { type: "list", ordered: true, start: 3, items: [[text("x")], [text("y")]] },
    ]);
    expect(blocks("*not a list*")[0]?.type).toBe("paragraph");
  });

  it("keeps line breaks inside a paragraph and splits paragraphs on blank lines", () => {
    expect(blocks("one\ntwo\r\n\r\nthree")).toEqual([
      { type: "paragraph", children: [text("one"), { type: "break" }, text("two")] },
      { type: "paragraph", children: [text("three")] },
    ]);
    expect(blocks("para\n# heading\n- item").map((b) => b.type)).toEqual(["paragraph", "heading", "list"]);
    expect(blocks("")).toEqual([]);
  });

  it("leaves everything outside the subset as literal text", () => {
    for (const source of ["`code`", "---", "| a | b |", "~~strike~~", "__under__", "<b>bold</b>", "```js"]) {
      expect(blocks(source), source).toEqual([{ type: "paragraph", children: [text(source)] }]);
    }
  });
});

describe("parseMarkdown: hostile input renders as text", () => {
  it("never turns HTML into anything but text", () => {
    for (const source of [
      "<script>alert(1)</script>",
      '<img src=x onerror="alert(1)">',
      "<a href=javascript:alert(1)>x</a>",
      "<iframe src=//evil>",
    ]) {
      expect(blocks(source), source).toEqual([{ type: "paragraph", children: [text(source)] }]);
    }
  });

  it("keeps unsafe links and images as their source text", () => {
    for (const source of [
      "[click](javascript:alert(1))",
      "[click](JAVASCRIPT:alert(1))",
      "[click]( javascript:alert(1))",
      "[click](data:text/html,<script>alert(1)</script>)",
      "[click](vbscript:x)",
      "[click](//evil.example)",
      "![x](javascript:alert(1))",
      "![x](data:image/svg+xml,<svg onload=alert(1)>)",
      "![x](dingtalk://dingtalkclient/page)",
    ]) {
      const doc = parseMarkdown(source);
      expect(urls(doc), source).toEqual({ hrefs: [], srcs: [] });
      expect(markdownToPlainText(doc), source).toBe(source);
    }
  });

  it("never nests a link inside a link", () => {
    const doc = parseMarkdown("[a [b](https://b.c) d](https://a.c)");
    expect(urls(doc).hrefs).toEqual(["https://a.c"]);
  });

  it("survives deep nesting and long runs of markers", () => {
    const deep = parseMarkdown(">".repeat(500) + " x");
    expect(markdownToPlainText(deep)).toContain("x");
    for (const source of [
      "*".repeat(20_000),
      "[".repeat(20_000),
      "**a".repeat(5000),
      "[x](".repeat(5000),
      "![".repeat(8000),
    ]) {
      expect(() => parseMarkdown(source)).not.toThrow();
    }
    expect(parseMarkdown("a".repeat(30_000)).truncated).toBe(true);
  });

  it("only ever produces safe URLs, on 2,000 random documents", () => {
    const random = seededRandom(2024);
    const pieces = [
      "**",
      "*",
      "[",
      "]",
      "(",
      ")",
      "![",
      "](",
      "\n",
      "> ",
      "# ",
      "- ",
      "1. ",
      " ",
      "x",
      "中",
      "javascript:alert(1)",
      "https://ok.example/p",
      "dingtalk://dingtalkclient/x",
      "data:,x",
      "<script>",
      "\t",
      "\\",
    ];
    for (let run = 0; run < 2000; run++) {
      const length = Math.floor(random() * 40);
      const source = Array.from({ length }, () => pick(random, pieces)).join("");
      const doc = parseMarkdown(source);
      const { hrefs, srcs } = urls(doc);
      for (const href of hrefs) expect(isSafeLinkUrl(href), source).toBe(true);
      for (const src of srcs) expect(isWebUrl(src), source).toBe(true);
    }
  });
});

describe("markdownToPlainText", () => {
  it("keeps the words and drops the markup", () => {
    const doc = parseMarkdown("# Title\n> quoted **bold**\n1. [link](https://a.b)\n![alt](https://a.b/i.png)");
    expect(markdownToPlainText(doc)).toBe("Title quoted bold link alt");
  });
});
