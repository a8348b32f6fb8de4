/**
 * The attribute language of widgetInfo: `@name{arg, arg, …}` calls nested to any depth, whose
 * arguments are calls, quoted text ('…', the export writes it as &#039;…&#039;, which the XML
 * parser decodes) or bare words (`data.cardData.title`, `visible`, `14np`, `null`, `true`, `2`).
 * An event attribute may list several calls separated by commas (`@dtCopyRichText{…},@dtUtStat{…}`).
 *
 * This is a parser, not eval: the result is a tree the interpreter (evaluate.model.ts) walks, so no
 * text from a card export is ever run as code. It never throws: what it cannot read becomes an
 * `error` node, which evaluates to null and is counted.
 */

export type Expr =
  | { k: "lit"; v: string | number | boolean | null }
  | { k: "call"; name: string; args: Expr[] }
  | { k: "concat"; parts: Expr[] }
  | { k: "seq"; items: Expr[] }
  | { k: "error"; raw: string };

/** Calls nested deeper than this are refused (the builder's own output stays far below). */
const MAX_DEPTH = 256;
const CALL_START = /@[A-Za-z_][\w]*\{/;
const NAME = /[A-Za-z_][\w]*/y;
const BARE_NUMBER = /^-?(\d+\.?\d*|\.\d+)$/;

class ParseError extends Error {}

class Parser {
  pos = 0;
  constructor(readonly text: string) {}

  peekCall(): boolean {
    if (this.text[this.pos] !== "@") return false;
    NAME.lastIndex = this.pos + 1;
    const match = NAME.exec(this.text);
    return match !== null && this.text[this.pos + 1 + match[0].length] === "{";
  }

  call(depth: number): Expr {
    if (depth > MAX_DEPTH) throw new ParseError("too deep");
    NAME.lastIndex = this.pos + 1;
    const name = NAME.exec(this.text)?.[0] ?? "";
    this.pos += 2 + name.length; // "@", the name, "{"
    const args: Expr[] = [];
    this.skipSpace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return { k: "call", name, args };
    }
    for (;;) {
      args.push(this.arg(depth + 1));
      const next = this.text[this.pos];
      if (next === ",") {
        this.pos++;
        continue;
      }
      if (next === "}") {
        this.pos++;
        return { k: "call", name, args };
      }
      throw new ParseError(`unterminated @${name}`);
    }
  }

  skipSpace() {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos] ?? "")) this.pos++;
  }

  quoted(): string {
    let out = "";
    this.pos++;
    while (this.pos < this.text.length) {
      const char = this.text[this.pos++] ?? "";
      if (char === "\\" && this.pos < this.text.length) out += this.text[this.pos++] ?? "";
      else if (char === "'") return out;
      else out += char;
    }
    throw new ParseError("unterminated quote");
  }

  /** One argument: pieces up to the next `,` or `}` at this depth; several pieces concatenate. */
  arg(depth: number): Expr {
    const parts: Expr[] = [];
    let quotedOnly = true;
    this.skipSpace();
    while (this.pos < this.text.length) {
      const char = this.text[this.pos];
      if (char === "," || char === "}") break;
      if (this.peekCall()) parts.push(this.call(depth));
      else if (char === "'") parts.push({ k: "lit", v: this.quoted() });
      else {
        const start = this.pos;
        while (this.pos < this.text.length && !",}'".includes(this.text[this.pos] ?? "") && !this.peekCall())
          this.pos++;
        const raw = this.text.slice(start, this.pos);
        // Spaces around pieces are layout, not content (`@f{a, 'b' }`).
        if (raw.trim() === "") continue;
        quotedOnly = false;
        parts.push({ k: "lit", v: raw.trim() });
      }
    }
    if (parts.length === 0) return { k: "lit", v: "" };
    if (parts.length === 1) {
      const only = parts[0] as Expr;
      return quotedOnly || only.k !== "lit" ? only : bare(only.v);
    }
    return { k: "concat", parts };
  }
}

function bare(value: string | number | boolean | null): Expr {
  if (typeof value !== "string") return { k: "lit", v: value };
  if (value === "null") return { k: "lit", v: null };
  if (value === "true" || value === "false") return { k: "lit", v: value === "true" };
  if (BARE_NUMBER.test(value)) return { k: "lit", v: Number(value) };
  return { k: "lit", v: value };
}

function parseUncached(text: string): Expr {
  const trimmed = text.trim();
  // Plain text (a label, "14np", a media id such as "@lALPDe7…" that opens no call) is a literal.
  if (!CALL_START.test(trimmed)) return { k: "lit", v: text };
  const parser = new Parser(trimmed);
  try {
    if (!parser.peekCall()) return interpolate(parser);
    const items: Expr[] = [parser.call(0)];
    for (;;) {
      parser.skipSpace();
      if (parser.pos >= trimmed.length) break;
      if (trimmed[parser.pos] === "," && (parser.pos++, parser.skipSpace(), parser.peekCall())) {
        items.push(parser.call(0));
        continue;
      }
      // Text after a call (`@toStr{…} items`): the attribute is a template, read it as one.
      parser.pos = 0;
      return interpolate(parser);
    }
    return items.length === 1 ? (items[0] as Expr) : { k: "seq", items };
  } catch {
    return { k: "error", raw: text };
  }
}

/** Text with calls inside (`Total: @data{n} items`): literal runs and calls, concatenated. */
function interpolate(parser: Parser): Expr {
  const parts: Expr[] = [];
  const text = parser.text;
  let start = parser.pos;
  while (parser.pos < text.length) {
    if (parser.peekCall()) {
      if (parser.pos > start) parts.push({ k: "lit", v: text.slice(start, parser.pos) });
      parts.push(parser.call(0));
      start = parser.pos;
    } else parser.pos++;
  }
  if (start < text.length) parts.push({ k: "lit", v: text.slice(start) });
  return parts.length === 1 ? (parts[0] as Expr) : { k: "concat", parts };
}

const cache = new Map<string, Expr>();
const CACHE_LIMIT = 20_000;

/** Parses one attribute value (memoized: layouts repeat the same expressions hundreds of times). */
export function parseExpression(text: string): Expr {
  const hit = cache.get(text);
  if (hit) return hit;
  const parsed = parseUncached(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, parsed);
  return parsed;
}

/** Every function name a parsed value calls, nested ones included. */
export function calledFunctions(expr: Expr, into: Set<string> = new Set()): Set<string> {
  const stack: Expr[] = [expr];
  while (stack.length > 0) {
    const node = stack.pop() as Expr;
    if (node.k === "call") {
      into.add(node.name);
      stack.push(...node.args);
    } else if (node.k === "concat") stack.push(...node.parts);
    else if (node.k === "seq") stack.push(...node.items);
  }
  return into;
}
