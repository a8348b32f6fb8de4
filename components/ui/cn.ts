import { clsx, type ClassValue } from "clsx";

/**
 * `clsx`, then the later of two conflicting Tailwind utilities wins (`p-5` then `p-0` is `p-0`;
 * `text-sm` then `text-xs` is `text-xs`, while `text-sm text-muted` keeps both). This is the part of
 * tailwind-merge the components need, in a few hundred bytes instead of its 12 KiB compressed on
 * every page (docs/architecture.md, Browser bundles). cn.test.ts checks it against tailwind-merge
 * on every class list the components write and on the conflicts they rely on.
 */
export function cn(...inputs: ClassValue[]): string {
  const tokens = clsx(inputs).split(" ").filter(Boolean);
  const claimed = new Set<string>();
  const kept: string[] = [];
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    const token = tokens[index] as string;
    // A token's first group is its own; the rest are the ones it also overrides (p-0 covers px-3).
    const { variants, groups } = classify(token);
    if (claimed.has(`${variants}${groups[0]}`)) continue;
    for (const group of groups) claimed.add(`${variants}${group}`);
    kept.push(token);
  }
  return kept.reverse().join(" ");
}

const SIDES: Record<string, string[]> = {
  "": ["", "x", "y", "t", "r", "b", "l", "s", "e"],
  x: ["x", "r", "l", "s", "e"],
  y: ["y", "t", "b"],
};

const SPACING = ["p", "m"];
const ROUNDED_SIDES = ["t", "r", "b", "l", "s", "e", "tl", "tr", "br", "bl", "ss", "se", "es", "ee"];
const sizes = /^(xs|sm|base|lg|\d?xl)$/;
const fixedGroups: [RegExp, string][] = [
  [
    /^(block|inline-block|inline|flex|inline-flex|grid|inline-grid|contents|hidden|table|flow-root|list-item)$/,
    "display",
  ],
  [/^(static|fixed|absolute|relative|sticky)$/, "position"],
  [/^(visible|invisible|collapse)$/, "visibility"],
  [/^flex-(row|col|row-reverse|col-reverse)$/, "flex-direction"],
  [/^flex-(wrap|nowrap|wrap-reverse)$/, "flex-wrap"],
  [/^text-(left|center|right|justify|start|end)$/, "text-align"],
  [/^text-(wrap|nowrap|balance|pretty)$/, "text-wrap"],
  [/^font-(sans|serif|mono)$/, "font-family"],
  [/^font-/, "font-weight"],
  [/^border-(solid|dashed|dotted|double|hidden|none)$/, "border-style"],
  [/^list-(inside|outside)$/, "list-position"],
  [/^list-/, "list-type"],
  [/^(uppercase|lowercase|capitalize|normal-case)$/, "text-transform"],
  [/^(italic|not-italic)$/, "font-style"],
  [/^(underline|overline|line-through|no-underline)$/, "text-decoration"],
  [/^(truncate|text-ellipsis|text-clip)$/, "text-overflow"],
];
const prefixGroups: [RegExp, string][] = [
  [/^(gap-[xy])-/, ""],
  [/^(w|h|min-w|max-w|min-h|max-h)-/, ""],
  [
    /^(leading|tracking|whitespace|items|justify|self|content|place-items|place-content|overflow-[xy]|opacity|shadow|z|cursor|align|grow|shrink|basis|order|col-span|row-span|grid-cols|grid-rows|underline-offset|decoration|outline-offset|ring-offset|duration|ease|translate-[xy]|scale|rotate)-/,
    "",
  ],
  [
    /^(top|right|bottom|left|start|end|space-[xy]|aspect|accent|fill|animate|transition|select|pointer-events|resize|appearance|object|caption|table|float|clear|isolation|mix-blend|backdrop-blur|blur|list-image)-/,
    "",
  ],
];

function classify(token: string): { variants: string; groups: string[] } {
  const cut = variantEnd(token);
  const variants = token.slice(0, cut);
  let base = token.slice(cut).replace(/^!/, "").replace(/!$/, "");
  if (base.startsWith("-")) base = base.slice(1);
  if (base.startsWith("[")) return { variants, groups: [token] };
  for (const [pattern, group] of fixedGroups) if (pattern.test(base)) return { variants, groups: [group] };
  const spacing = /^([pm])([xytrblse]?)-/.exec(base);
  if (spacing) {
    const [, kind, side = ""] = spacing;
    return { variants, groups: (SIDES[side] ?? [side]).map((part) => `${kind}${part}`) };
  }
  // size-* sets width and height; line-clamp sets display and overflow.
  if (/^size-/.test(base)) return { variants, groups: ["size", "w", "h"] };
  // sr-only sets position, size, padding, margin, overflow and white-space.
  if (/^(sr-only|not-sr-only)$/.test(base))
    return {
      variants,
      groups: [
        "sr-only",
        "position",
        "w",
        "h",
        "size",
        "overflow",
        "overflow-x",
        "overflow-y",
        "whitespace",
        ...SPACING.flatMap((kind) => (SIDES[""] ?? []).map((side) => `${kind}${side}`)),
      ],
    };
  const inset = /^inset(?:-([xy]))?-/.exec(base);
  if (inset) {
    const sides =
      inset[1] === "x"
        ? ["left", "right"]
        : inset[1] === "y"
          ? ["top", "bottom"]
          : ["inset-x", "inset-y", "top", "right", "bottom", "left"];
    return { variants, groups: [`inset${inset[1] ? `-${inset[1]}` : ""}`, ...sides] };
  }
  if (/^flex-(\d+|auto|initial|none)$/.test(base)) return { variants, groups: ["flex", "grow", "shrink", "basis"] };
  if (/^gap-/.test(base) && !/^gap-[xy]-/.test(base)) return { variants, groups: ["gap", "gap-x", "gap-y"] };
  if (/^overflow-[a-z]/.test(base) && !/^overflow-[xy]-/.test(base))
    return { variants, groups: ["overflow", "overflow-x", "overflow-y"] };
  if (/^break-(normal|words|all|keep)$/.test(base)) return { variants, groups: ["break"] };
  if (/^line-clamp-/.test(base)) return { variants, groups: ["line-clamp", "display", "overflow"] };
  // outline-2 is a width, outline-primary a colour, outline-dashed a style: three groups.
  const sized = /^(outline|ring|stroke|decoration|divide-[xy]|divide)(?:-(.+))?$/.exec(base);
  if (sized && !/^(outline|ring)-offset-/.test(base)) {
    const [, prefix, value = ""] = sized;
    if (/^(solid|dashed|dotted|double|none|hidden|wavy)$/.test(value)) return { variants, groups: [`${prefix}-style`] };
    const width = value === "" || /^(\d+|\[(\d|length:).*)$/.test(value);
    return { variants, groups: [`${prefix}-${width ? "width" : "color"}`] };
  }
  for (const [pattern] of prefixGroups) {
    const match = pattern.exec(base);
    if (match) return { variants, groups: [match[1] as string] };
  }
  const text = /^text-(.+)$/.exec(base);
  if (text) {
    const value = (text[1] as string).split("/")[0] as string;
    const isSize = sizes.test(value) || /^\[(\d|length:)/.test(value);
    return { variants, groups: [isSize ? "font-size" : "text-color"] };
  }
  const border = /^border(?:-([xytrblse]))?(?:-(\d+))?$/.exec(base);
  if (border)
    return { variants, groups: (SIDES[border[1] ?? ""] ?? [border[1] as string]).map((side) => `border-w${side}`) };
  if (/^border-([xytrblse]-)?/.test(base))
    return { variants, groups: [`border-color${/^border-([xytrblse])-/.exec(base)?.[1] ?? ""}`] };
  const rounded =
    /^rounded(?:-(t|r|b|l|s|e|tl|tr|br|bl|ss|se|es|ee))?(?:-(none|xs|sm|md|lg|xl|2xl|3xl|4xl|full))?$/.exec(base);
  if (rounded)
    return {
      variants,
      groups: rounded[1]
        ? [`rounded-${rounded[1]}`]
        : ["rounded-all", ...ROUNDED_SIDES.map((side) => `rounded-${side}`)],
    };
  if (/^bg-/.test(base)) return { variants, groups: ["bg"] };
  return { variants, groups: [token] };
}

/** Where `hover:md:` ends: the last colon outside brackets. */
function variantEnd(token: string): number {
  let depth = 0;
  let end = 0;
  for (let index = 0; index < token.length; index += 1) {
    const char = token[index];
    if (char === "[") depth += 1;
    else if (char === "]") depth -= 1;
    else if (char === ":" && depth === 0) end = index + 1;
  }
  return end;
}
