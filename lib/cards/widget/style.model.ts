import { Gradient, cssColor, gradientCss, numberOf, toLong, toStr, truthy } from "./values.model";

/**
 * The layout rules of the card views, as CSS: DingTalk's views are Android-style boxes (sizes in
 * `np`, match_parent / match_content, weights, gravity), drawn here with flexbox and grid. Pure
 * functions of the evaluated attributes, so each rule is unit-tested without a browser.
 */

export type Css = Record<string, string | number>;
/** How a parent lays its children out. */
export type ParentLayout = "row" | "column" | "stack" | "grid" | "flow" | "root";
export type Getter = (name: string) => unknown;
export type Size = number | "match_parent" | "match_content";

/** np (DingTalk's density-independent unit) and ap are drawn 1:1 as CSS pixels at the card width. */
const LENGTH = /^\s*(-?\d+(?:\.\d+)?|-?\.\d+)\s*(np|ap|px|dp|pt)?\s*$/i;

export function length(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const match = LENGTH.exec(value);
  return match ? Number(match[1]) : undefined;
}

export function size(value: unknown): Size | undefined {
  const text = toStr(value).trim();
  if (text === "match_parent" || text === "fill_parent") return "match_parent";
  if (text === "match_content" || text === "wrap_content") return "match_content";
  return length(value);
}

type Align = "start" | "center" | "end";
export interface Gravity {
  h?: Align;
  v?: Align;
}

/** leftTop, centerBottom, rightCenter, center, left, top (and Android's left|center_vertical). */
export function gravity(value: unknown): Gravity {
  const text = toStr(value)
    .toLowerCase()
    .replace(/[\s_|]/g, "");
  if (text === "") return {};
  if (text === "center") return { h: "center", v: "center" };
  const result: Gravity = {};
  const h = /^(left|right|centerhorizontal|center)/.exec(text);
  const rest = h ? text.slice(h[0].length) : text;
  if (h) result.h = h[1] === "left" ? "start" : h[1] === "right" ? "end" : "center";
  if (/top/.test(rest)) result.v = "start";
  else if (/bottom/.test(rest)) result.v = "end";
  else if (/center/.test(rest) || (h && h[1] === "center" && rest === "")) result.v = "center";
  if (!h && /left/.test(text)) result.h = "start";
  if (!h && /right/.test(text)) result.h = "end";
  return result;
}

const FLEX: Record<Align, string> = { start: "flex-start", center: "center", end: "flex-end" };

/** childGravity of a row or column: main axis to justify-content, cross axis to align-items. */
export function childAlignment(layout: ParentLayout, value: unknown): Css {
  const g = gravity(value);
  const css: Css = {};
  if (layout === "row" || layout === "flow") {
    if (g.h) css.justifyContent = FLEX[g.h];
    if (g.v) css.alignItems = FLEX[g.v];
  } else if (layout === "column") {
    if (g.v) css.justifyContent = FLEX[g.v];
    if (g.h) css.alignItems = FLEX[g.h];
  } else if (layout === "stack" || layout === "grid") {
    if (g.h) css.justifyItems = g.h;
    if (g.v) css.alignItems = g.v;
  }
  return css;
}

function axisSize(css: Css, prop: "width" | "height", value: Size | undefined, weight: number, main: boolean) {
  const min = prop === "width" ? "minWidth" : "minHeight";
  if (main) {
    if (weight > 0) {
      css.flexGrow = weight;
      css.flexShrink = 1;
      css.flexBasis = typeof value === "number" ? `${value}px` : value === "match_content" ? "auto" : "0px";
      css[min] = 0;
    } else if (value === "match_parent") {
      css.flexGrow = 1;
      css.flexShrink = 1;
      css.flexBasis = "auto";
      css[min] = 0;
    } else if (typeof value === "number") {
      css[prop] = value;
      css.flexShrink = 0;
    } else {
      css.flexShrink = 1;
      css[min] = 0;
    }
    return;
  }
  // Cross axis: match_parent stretches across the parent; a fixed size is exact.
  if (value === "match_parent") css.alignSelf = "stretch";
  else if (typeof value === "number") css[prop] = value;
}

/** Width and height of a child, by its parent's layout (see the table in lib/cards/README.md). */
export function sizeStyle(get: Getter, parent: ParentLayout): Css {
  const css: Css = {};
  const width = size(get("width"));
  const height = size(get("height"));
  const weight = Math.max(0, numberOf(get("weight")) ?? 0);
  if (parent === "row") {
    axisSize(css, "width", width, weight, true);
    axisSize(css, "height", height, 0, false);
  } else if (parent === "column") {
    axisSize(css, "height", height, weight, true);
    axisSize(css, "width", width, 0, false);
  } else {
    for (const [prop, value] of [
      ["width", width],
      ["height", height],
    ] as const) {
      if (typeof value === "number") css[prop] = value;
      else if (value === "match_parent") css[prop] = parent === "root" && prop === "height" ? "auto" : "100%";
    }
    if (parent === "flow" && width === "match_parent") css.flexBasis = "100%";
  }
  for (const prop of ["minWidth", "maxWidth", "minHeight", "maxHeight"] as const) {
    const value = length(get(prop));
    if (value !== undefined) css[prop] = value;
  }
  return css;
}

/** The child's own gravity: its place on the cross axis of a row or column, or in a frame. */
export function selfAlignment(get: Getter, parent: ParentLayout): Css {
  const g = gravity(get("gravity") ?? get("layoutGravity"));
  if (parent === "row" && g.v) return { alignSelf: FLEX[g.v] };
  if (parent === "column" && g.h) return { alignSelf: FLEX[g.h] };
  if (parent === "stack" || parent === "grid") {
    const css: Css = {};
    if (g.h) css.justifySelf = g.h;
    if (g.v) css.alignSelf = g.v;
    return css;
  }
  return {};
}

function sides(css: Css, get: Getter, base: "margin" | "padding") {
  const all = length(get(base));
  for (const side of ["Top", "Right", "Bottom", "Left"] as const) {
    const value = length(get(`${base}${side}`)) ?? all;
    if (value !== undefined && value !== 0) css[`${base}${side}`] = value;
  }
}

/** Margins, padding, corners, border, background (colour or gradient) and opacity. */
export function boxStyle(get: Getter): Css {
  const css: Css = {};
  sides(css, get, "margin");
  sides(css, get, "padding");
  const radius = length(get("cornerRadius"));
  const corners = [
    ["LeftTop", "borderTopLeftRadius"],
    ["RightTop", "borderTopRightRadius"],
    ["RightBottom", "borderBottomRightRadius"],
    ["LeftBottom", "borderBottomLeftRadius"],
  ] as const;
  for (const [corner, prop] of corners) {
    const value = length(get(`cornerRadius${corner}`)) ?? radius;
    if (value !== undefined && value > 0) css[prop] = value;
  }
  if (corners.some(([, prop]) => prop in css)) css.overflow = "hidden";
  const borderWidth = length(get("borderWidth"));
  const borderColor = cssColor(get("borderColor"));
  if (borderWidth !== undefined && borderWidth > 0 && borderColor) css.border = `${borderWidth}px solid ${borderColor}`;
  const background = get("backgroundColor");
  const gradient = get("backgroundGradient");
  if (gradient instanceof Gradient) css.backgroundImage = gradientCss(gradient);
  if (background instanceof Gradient) css.backgroundImage = gradientCss(background);
  else {
    const color = cssColor(background);
    if (color) css.backgroundColor = color;
  }
  const alpha = numberOf(get("alpha") ?? get("opacity"));
  if (alpha !== undefined && alpha >= 0 && alpha < 1) css.opacity = alpha;
  return css;
}

/** Text views: size, colour, weight, style, decoration, line height, alignment, line clamp. */
export function textStyle(get: Getter): { css: Css; maxLines: number; ellipsis: boolean } {
  const css: Css = {};
  const fontSize = length(get("textSize"));
  if (fontSize !== undefined && fontSize > 0) css.fontSize = fontSize;
  const color = cssColor(get("textColor"));
  if (color) css.color = color;
  if (truthy(get("isBold"))) css.fontWeight = 600;
  if (truthy(get("isItalic"))) css.fontStyle = "italic";
  const decorations = [truthy(get("isStrikeThrough")) && "line-through", truthy(get("isUnderline")) && "underline"];
  const decoration = decorations.filter(Boolean).join(" ");
  if (decoration) css.textDecoration = decoration;
  const lineHeight = length(get("lineHeight"));
  if (lineHeight !== undefined && lineHeight > 0) css.lineHeight = `${lineHeight}px`;
  const g = gravity(get("textGravity"));
  if (g.h) css.textAlign = g.h === "start" ? "left" : g.h === "end" ? "right" : "center";
  const maxLines = Math.max(0, toLong(get("maxLines")));
  const mode = toStr(get("lineBreakMode")).toLowerCase();
  return { css, maxLines, ellipsis: mode !== "clip" && mode !== "char" };
}

/** Vertical placement of a text inside a box taller than its lines (DingTalk centres by default). */
export function textVertical(get: Getter): string {
  const v = gravity(get("textGravity")).v ?? "center";
  return FLEX[v];
}
