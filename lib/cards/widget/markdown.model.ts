import { eachBlock, linesMatching } from "@/lib/message-types/markdown-lines";
import { colorToken, sizeToken } from "./tokens.model";
import { cssColor } from "./values.model";

/**
 * DingTalk's card markdown (what DDRichTextView draws from a markdown variable), parsed to a small
 * tree the preview renders as React text nodes, so nothing in a value can become HTML. Beyond the
 * robot-message subset it has ~~strike~~, `code`, fenced code, rules, tables and DingTalk's
 * `<font color= sizeToken= colorTokenV2=>` tag that card variables of type markdown use; other
 * HTML stays literal text.
 */

export type RichInline =
  | { t: "text"; v: string }
  | { t: "strong" | "em" | "del"; c: RichInline[] }
  | { t: "code"; v: string }
  | { t: "link"; href: string; c: RichInline[] }
  | { t: "image"; src: string; alt: string }
  | { t: "font"; color?: string; size?: number; c: RichInline[] }
  | { t: "br" };

export type RichBlock =
  | { t: "h"; level: number; c: RichInline[] }
  | { t: "p"; c: RichInline[] }
  | { t: "quote"; c: RichBlock[] }
  | { t: "list"; ordered: boolean; start: number; items: RichInline[][] }
  | { t: "pre"; v: string }
  | { t: "hr" }
  | { t: "table"; head: RichInline[][]; rows: RichInline[][][] };

const MAX_SOURCE = 50_000;
const MAX_DEPTH = 8;

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*)$/;
const QUOTE = /^ {0,3}> ?(.*)$/;
const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})[.)][ \t]+(.*)$/;
const RULE = /^ {0,3}([-*_])( *\1){2,} *$/;
const FENCE = /^ {0,3}(```|~~~)/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

export function parseRichText(source: string, dark: boolean): RichBlock[] {
  const lines = source.slice(0, MAX_SOURCE).split(/\r\n|\r|\n/);
  return blocks(lines, dark, 0);
}

function cells(line: string, dark: boolean): RichInline[][] {
  return line
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((cell) => inline(cell.trim(), dark, 0));
}

function blocks(lines: readonly string[], dark: boolean, depth: number): RichBlock[] {
  const out: RichBlock[] = [];
  const startsBlock = (line: string) =>
    HEADING.test(line) ||
    QUOTE.test(line) ||
    BULLET.test(line) ||
    ORDERED.test(line) ||
    RULE.test(line) ||
    FENCE.test(line);
  eachBlock(lines, (line, start) => {
    let i = start;
    const heading = HEADING.exec(line);
    if (heading) {
      out.push({ t: "h", level: (heading[1] ?? "#").length, c: inline((heading[2] ?? "").trim(), dark, 0) });
      return i + 1;
    }
    if (FENCE.test(line)) {
      const code: string[] = [];
      for (i++; i < lines.length && !FENCE.test(lines[i] ?? ""); i++) code.push(lines[i] ?? "");
      out.push({ t: "pre", v: code.join("\n") });
      return i + 1;
    }
    if (RULE.test(line)) {
      out.push({ t: "hr" });
      return i + 1;
    }
    if (depth < MAX_DEPTH && QUOTE.test(line)) {
      const quote = linesMatching(lines, i, QUOTE);
      out.push({ t: "quote", c: blocks(quote.texts, dark, depth + 1) });
      return quote.end;
    }
    if (BULLET.test(line) || ORDERED.test(line)) {
      const ordered = ORDERED.test(line);
      const list = linesMatching(lines, i, ordered ? ORDERED : BULLET, ordered ? 2 : 1);
      const start = ordered ? Number(ORDERED.exec(line)?.[1] ?? 1) : 1;
      out.push({ t: "list", ordered, start, items: list.texts.map((text) => inline(text, dark, 0)) });
      return list.end;
    }
    if (TABLE_ROW.test(line) && TABLE_RULE.test(lines[i + 1] ?? "")) {
      const head = cells(line, dark);
      const rows: RichInline[][][] = [];
      for (i += 2; i < lines.length && TABLE_ROW.test(lines[i] ?? ""); i++) rows.push(cells(lines[i] ?? "", dark));
      out.push({ t: "table", head, rows });
      return i;
    }
    const para: string[] = [];
    for (
      ;
      i < lines.length && (lines[i] ?? "").trim() !== "" && (para.length === 0 || !startsBlock(lines[i] ?? ""));
      i++
    )
      para.push(lines[i] ?? "");
    const children: RichInline[] = [];
    para.forEach((text, index) => {
      if (index > 0) children.push({ t: "br" });
      children.push(...inline(text, dark, 0));
    });
    out.push({ t: "p", c: children });
    return i;
  });
  return out;
}

const ATTRIBUTE = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;

function fontAttributes(text: string, dark: boolean): { color?: string; size?: number } {
  const attrs: Record<string, string> = {};
  for (const match of text.matchAll(ATTRIBUTE))
    attrs[(match[1] ?? "").toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? "";
  const result: { color?: string; size?: number } = {};
  const token = attrs.colortokenv2 ?? attrs.colortoken;
  const color = (token ? colorToken(token, dark) : undefined) ?? attrs.color;
  const css = cssColor(color);
  if (css) result.color = css;
  const size = attrs.sizetoken ? sizeToken(attrs.sizetoken) : Number(attrs.size);
  if (size !== undefined && Number.isFinite(size) && size > 0 && size < 100) result.size = size;
  return result;
}

/** Where the `</font>` matching an opened `<font …>` starts, counting nested fonts. */
function closingFont(text: string, from: number): number {
  let depth = 1;
  const tags = /<(\/?)font\b[^>]*>/gi;
  tags.lastIndex = from;
  for (let m = tags.exec(text); m; m = tags.exec(text)) {
    depth += m[1] === "/" ? -1 : 1;
    if (depth === 0) return m.index;
  }
  return -1;
}

const SIMPLE: [open: string, type: "strong" | "em" | "del"][] = [
  ["**", "strong"],
  ["__", "strong"],
  ["~~", "del"],
  ["*", "em"],
  ["_", "em"],
];

function inline(text: string, dark: boolean, depth: number): RichInline[] {
  const out: RichInline[] = [];
  let buffer = "";
  const flush = () => {
    if (buffer) out.push({ t: "text", v: buffer });
    buffer = "";
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    if (depth < MAX_DEPTH) {
      const font = /^<font\b([^>]*)>/i.exec(rest);
      if (font) {
        const close = closingFont(text, i + font[0].length);
        if (close >= 0) {
          flush();
          const inner = text.slice(i + font[0].length, close);
          out.push({ t: "font", ...fontAttributes(font[1] ?? "", dark), c: inline(inner, dark, depth + 1) });
          i = close + "</font>".length;
          continue;
        }
      }
      const br = /^<br\s*\/?>/i.exec(rest);
      if (br) {
        flush();
        out.push({ t: "br" });
        i += br[0].length;
        continue;
      }
      const image = /^!\[([^\]]{0,500})\]\(([^)\s]{1,2000})\)/.exec(rest);
      if (image) {
        flush();
        out.push({ t: "image", alt: image[1] ?? "", src: image[2] ?? "" });
        i += image[0].length;
        continue;
      }
      const link = /^\[([^\]]{1,1000})\]\(([^)\s]{1,2000})\)/.exec(rest);
      if (link) {
        flush();
        out.push({ t: "link", href: link[2] ?? "", c: inline(link[1] ?? "", dark, depth + 1) });
        i += link[0].length;
        continue;
      }
      const code = /^`([^`]+)`/.exec(rest);
      if (code) {
        flush();
        out.push({ t: "code", v: code[1] ?? "" });
        i += code[0].length;
        continue;
      }
      const simple = SIMPLE.find(([open]) => rest.startsWith(open));
      if (simple) {
        const [open, type] = simple;
        const end = text.indexOf(open, i + open.length);
        if (end > i + open.length) {
          flush();
          out.push({ t: type, c: inline(text.slice(i + open.length, end), dark, depth + 1) });
          i = end + open.length;
          continue;
        }
      }
    }
    buffer += text[i];
    i++;
  }
  flush();
  return out;
}

/** The plain text of rich text (for tests, search and the "visible texts" checks). */
export function richPlainText(nodes: readonly (RichBlock | RichInline)[]): string {
  return nodes
    .map((node) => {
      if ("v" in node && (node.t === "text" || node.t === "code" || node.t === "pre")) return node.v;
      if (node.t === "br" || node.t === "hr") return "\n";
      if (node.t === "image") return node.alt;
      if (node.t === "list") return node.items.map((item) => richPlainText(item)).join("\n");
      if (node.t === "table")
        return [node.head, ...node.rows].map((row) => row.map((cell) => richPlainText(cell)).join(" ")).join("\n");
      if ("c" in node) return richPlainText(node.c);
      return "";
    })
    .join("");
}
