import { eachBlock, linesMatching } from "./markdown-lines";
import { isSafeLinkUrl, isWebUrl } from "./url";

/**
 * DingTalk's markdown subset, parsed to a small AST that the preview renders with React elements
 * (text nodes only, so nothing in the source can become HTML). Supported, as DingTalk documents it:
 * headings (# … ######), quotes (>), **bold**, *italic*, [links](url), ![images](url), ordered and
 * unordered lists, paragraphs and line breaks. Everything else (HTML, code, tables, rules) stays
 * literal text, which is also what a recipient sees for unsupported syntax.
 */

export type Inline =
  | { type: "text"; value: string }
  | { type: "strong"; children: Inline[] }
  | { type: "emphasis"; children: Inline[] }
  | { type: "link"; href: string; children: Inline[] }
  | { type: "image"; src: string; alt: string }
  | { type: "break" };

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export type Block =
  | { type: "heading"; level: HeadingLevel; children: Inline[] }
  | { type: "paragraph"; children: Inline[] }
  | { type: "quote"; children: Block[] }
  | { type: "list"; ordered: boolean; start: number; items: Inline[][] };

export interface MarkdownDocument {
  blocks: Block[];
  /** The source was longer than the preview parses (see MAX_SOURCE). */
  truncated: boolean;
}

/** The preview parses at most this much: 4× the schema limit, so typing past it still previews. */
export const MAX_SOURCE = 20_000;
/** Nesting limits keep adversarial input (">>>>…", "**[**[…") from deep recursion. */
const MAX_QUOTE_DEPTH = 3;
const MAX_INLINE_DEPTH = 6;
/** A link label longer than this is not a link; bounds the bracket scan on "[[[[…" input. */
const MAX_LABEL = 1000;

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const QUOTE = /^ {0,3}> ?(.*)$/;
const BULLET = /^ {0,3}[-*+][ \t]+(\S.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})[.)][ \t]+(\S.*)$/;

export function parseMarkdown(source: string): MarkdownDocument {
  const truncated = source.length > MAX_SOURCE;
  const text = truncated ? source.slice(0, MAX_SOURCE) : source;
  return { blocks: parseBlocks(text.split(/\r\n|\r|\n/), 0), truncated };
}

function isBlockStart(line: string, quoteDepth: number): boolean {
  return (
    HEADING.test(line) || BULLET.test(line) || ORDERED.test(line) || (quoteDepth < MAX_QUOTE_DEPTH && QUOTE.test(line))
  );
}

function parseBlocks(lines: readonly string[], quoteDepth: number): Block[] {
  const blocks: Block[] = [];
  eachBlock(lines, (line, start) => {
    const heading = HEADING.exec(line);
    if (heading) {
      const level = (heading[1] ?? "#").length as HeadingLevel;
      blocks.push({ type: "heading", level, children: parseInline((heading[2] ?? "").trim()) });
      return start + 1;
    }
    if (quoteDepth < MAX_QUOTE_DEPTH && QUOTE.test(line)) {
      const quote = linesMatching(lines, start, QUOTE);
      blocks.push({ type: "quote", children: parseBlocks(quote.texts, quoteDepth + 1) });
      return quote.end;
    }
    const ordered = ORDERED.test(line);
    if (ordered || BULLET.test(line)) {
      const list = linesMatching(lines, start, ordered ? ORDERED : BULLET, ordered ? 2 : 1);
      const items = list.texts.map((text) => parseInline(text.trim()));
      blocks.push({ type: "list", ordered, start: ordered ? Number(ORDERED.exec(line)?.[1] ?? "1") : 1, items });
      return list.end;
    }
    // A paragraph runs until a blank line or another block; each newline is a visible line break.
    const children: Inline[] = [];
    let i = start;
    do {
      if (children.length > 0) children.push({ type: "break" });
      children.push(...parseInline((lines[i] ?? "").trim()));
      i++;
    } while (i < lines.length && (lines[i] ?? "").trim() !== "" && !isBlockStart(lines[i] ?? "", quoteDepth));
    blocks.push({ type: "paragraph", children });
    return i;
  });
  return blocks;
}

interface Bracketed {
  label: string;
  url: string;
  /** Index just past the closing ")". */
  end: number;
}

/** `[label](url)` starting at the "[" at `open`, with nested brackets allowed in the label (for `[![img](a)](b)`). */
function matchBracketed(text: string, open: number): Bracketed | null {
  let depth = 0;
  const limit = Math.min(text.length, open + MAX_LABEL);
  for (let j = open; j < limit; j++) {
    const ch = text[j];
    if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) {
      if (text[j + 1] !== "(") return null;
      const close = text.indexOf(")", j + 2);
      if (close === -1) return null;
      return { label: text.slice(open + 1, j), url: text.slice(j + 2, close).trim(), end: close + 1 };
    }
  }
  return null;
}

interface Emphasis {
  strong: boolean;
  inner: string;
  end: number;
}

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);

/** `**strong**` or `*emphasis*` at `i`; the inner text may not start or end with a space ("2 * 3 * 4" is not italic). */
function matchEmphasis(text: string, i: number): Emphasis | null {
  if (text[i + 1] === "*") {
    let close = text.indexOf("**", i + 2);
    // "***x***": take the last two stars of the closing run, leaving "*x*" inside.
    while (close !== -1 && text[close + 2] === "*") close++;
    const inner = close === -1 ? "" : text.slice(i + 2, close);
    if (inner && !isSpace(inner[0]) && !isSpace(inner[inner.length - 1]))
      return { strong: true, inner, end: close + 2 };
    return null;
  }
  const close = text.indexOf("*", i + 1);
  const inner = close === -1 ? "" : text.slice(i + 1, close);
  if (inner && !isSpace(inner[0]) && !isSpace(inner[inner.length - 1])) return { strong: false, inner, end: close + 1 };
  return null;
}

function parseInline(text: string, depth = 0, inLink = false): Inline[] {
  const out: Inline[] = [];
  let buffer = "";
  const flush = () => {
    if (buffer) out.push({ type: "text", value: buffer });
    buffer = "";
  };
  const nested = depth < MAX_INLINE_DEPTH;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "!" && text[i + 1] === "[") {
      const m = matchBracketed(text, i + 1);
      if (m) {
        // Images load in the browser, so only http(s); anything else stays visible as its source.
        if (isWebUrl(m.url)) {
          flush();
          out.push({ type: "image", src: m.url, alt: m.label });
        } else buffer += text.slice(i, m.end);
        i = m.end;
        continue;
      }
    } else if (ch === "[") {
      const m = matchBracketed(text, i);
      if (m) {
        // No link inside a link (invalid HTML, and DingTalk opens only the outer one).
        if (nested && !inLink && isSafeLinkUrl(m.url)) {
          flush();
          out.push({ type: "link", href: m.url, children: parseInline(m.label, depth + 1, true) });
        } else buffer += text.slice(i, m.end);
        i = m.end;
        continue;
      }
    } else if (ch === "*" && nested) {
      const m = matchEmphasis(text, i);
      if (m) {
        flush();
        out.push({ type: m.strong ? "strong" : "emphasis", children: parseInline(m.inner, depth + 1, inLink) });
        i = m.end;
        continue;
      }
      // An unmatched run of stars is literal; consuming it whole keeps "*****…" linear.
      let run = i;
      while (text[run] === "*") run++;
      buffer += text.slice(i, run);
      i = run;
      continue;
    }
    buffer += ch;
    i++;
  }
  flush();
  return out;
}

function inlineText(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case "text":
          return node.value;
        case "break":
          return " ";
        case "image":
          return node.alt;
        default:
          return inlineText(node.children);
      }
    })
    .join("");
}

/** The words of a document without markup, for one-line summaries. */
export function markdownToPlainText(doc: MarkdownDocument): string {
  const blockText = (block: Block): string => {
    switch (block.type) {
      case "heading":
      case "paragraph":
        return inlineText(block.children);
      case "quote":
        return block.children.map(blockText).join(" ");
      case "list":
        return block.items.map(inlineText).join(" ");
    }
  };
  return doc.blocks.map(blockText).join(" ").replace(/\s+/g, " ").trim();
}
