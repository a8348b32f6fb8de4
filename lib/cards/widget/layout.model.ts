import { legibleOn, parseCss, toHex, type Rgba } from "./contrast.model";
import { targetedStyles } from "./css-styles.model";
import { DARK_CARD, DARK_TEXT, LIGHT_CARD, LIGHT_TEXT, heightLimit, surfaceOf, type Surface } from "./paint.model";
import type { WidgetElement } from "./element.model";
import { evaluate } from "./evaluate.model";
import { parseExpression } from "./expression.model";
import type { EvalContext, ListFrame, Scope } from "./scope.model";
import {
  boxStyle,
  childAlignment,
  length,
  selfAlignment,
  sizeStyle,
  textStyle,
  textVertical,
  type Css,
  type Getter,
  type ParentLayout,
} from "./style.model";
import { asAction, cssColor, jsonish, numberOf, toStr, truthy, type Action } from "./values.model";
import { chartSeries } from "./chart.model";
import { CONTAINERS, INVISIBLE, READ_ATTRIBUTES, viewKind, type ViewKind } from "./views.model";

/** One drawn view: its CSS and what it shows. Built fresh for every data or local-data change. */
export interface RenderNode {
  key: string;
  view: string;
  kind: ViewKind | "unknown";
  css: Css;
  /** Text views: the text's own CSS (font, colour, alignment) and line clamp. */
  textCss?: Css;
  text?: string;
  maxLines?: number;
  ellipsis?: boolean;
  markdown?: string;
  /** Images: a web address to try, or null for a media id (drawn as a placeholder). */
  imageUrl?: string | null;
  imageFit?: string;
  loadingColor?: string;
  chart?: unknown;
  placeholder?: string;
  /** The opaque colour behind this view (for legible text, rich text's own colours included). */
  surface?: string;
  /**
   * A height limit (`tborderJson="heightLimit-480-<localData key>-<state>"`, what AI cards use for
   * long answers): the view is cut at `limit` until the local data key says "unfold".
   */
  fold?: { limit: number; key: string; folded: boolean };
  taps: Action[];
  enabled: boolean;
  children: RenderNode[];
}

export interface RenderOptions {
  cardData: Readonly<Record<string, unknown>>;
  cardPrivateData: Readonly<Record<string, unknown>>;
  localData: Readonly<Record<string, unknown>>;
  dark: boolean;
  /** The card's width in np: 360 on a phone, 520 on the desktop client. */
  width: number;
  env: "ios" | "android" | "pc";
  locale?: string;
  now?: number;
  clientVersion?: string;
}

export interface RenderResult {
  root: RenderNode | null;
  /** What this drawing met that the renderer does not know, by name with counts. */
  unknownViews: Map<string, number>;
  unknownFunctions: Map<string, number>;
  missingTokens: Set<string>;
  syntaxErrors: number;
  /** DDEventView handlers by userId (what runs after a request with that requestEventId). */
  events: Map<string, Action[]>;
  /** The drawing stopped at MAX_NODES. */
  truncated: boolean;
  /** Evaluates one attribute value against this drawing's data (for event chain parameters). */
  evaluate(text: string, chainData?: Readonly<Record<string, unknown>>): unknown;
}

const MAX_NODES = 6000;
const MAX_LIST_ITEMS = 200;
/** The client version the preview stands for: new enough for every feature check. */
const PREVIEW_CLIENT_VERSION = "7.8.0";

const bump = (map: Map<string, number>, name: string) => map.set(name, (map.get(name) ?? 0) + 1);

/** Actions of an event attribute: one action, a handler map `{action, args}`, a list of them, or nothing. */
function actionsOf(value: unknown): Action[] {
  if (Array.isArray(value)) return value.flatMap(actionsOf);
  const action = asAction(value);
  return action ? [action] : [];
}

const IMAGE_FIT: Record<string, string> = { fitXY: "fill", fitCenter: "contain", centerCrop: "cover", center: "none" };

export function buildRender(elements: readonly WidgetElement[], options: RenderOptions): RenderResult {
  const result: RenderResult = {
    root: null,
    unknownViews: new Map(),
    unknownFunctions: new Map(),
    missingTokens: new Set(),
    syntaxErrors: 0,
    events: new Map(),
    truncated: false,
    evaluate: () => null,
  };
  const ctx: EvalContext = {
    root: {
      width: `${options.width}np`,
      env: options.env,
      data: {
        cardData: options.cardData,
        cardPrivateData: options.cardPrivateData,
        localData: options.localData,
        renderContext: { bizScene: "im", isDynamicHeight: false, mid: "preview", platform: "im" },
        cardInstanceId: "preview",
      },
    },
    dark: options.dark,
    locale: options.locale ?? "zh_CN",
    now: options.now ?? Date.now(),
    clientVersion: options.clientVersion ?? PREVIEW_CLIENT_VERSION,
    isKnownView: (name) => viewKind(name) !== undefined,
    onUnknownFunction: (name) => bump(result.unknownFunctions, name),
    onSyntaxError: () => result.syntaxErrors++,
    onMissingToken: (name) => result.missingTokens.add(name),
  };
  const topScope: Scope = { ctx, frames: [] };
  result.evaluate = (text, chainData) => evaluate(parseExpression(text), { ctx, frames: [], chainData });
  const extraCss = targetedStyles(elements, topScope);
  let count = 0;

  const build = (
    element: WidgetElement,
    parent: ParentLayout,
    frames: readonly ListFrame[],
    key: string,
    below: Surface,
  ) => {
    if (++count > MAX_NODES) {
      result.truncated = true;
      return null;
    }
    const scope: Scope = frames.length === 0 ? topScope : { ctx, frames };
    const cache = new Map<string, unknown>();
    const get: Getter = (name) => {
      if (cache.has(name)) return cache.get(name);
      const raw = element.attrs[name];
      const value = raw === undefined ? undefined : evaluate(parseExpression(raw), scope);
      cache.set(name, value);
      return value;
    };
    const kind = viewKind(element.tag);
    const visibility = toStr(get("visibility")).trim().toLowerCase();
    if (visibility === "gone") return null;
    if (kind === "event") {
      const id = toStr(get("userId"));
      if (id) result.events.set(id, actionsOf(get("onEvent")));
      return null;
    }
    if (kind && INVISIBLE.has(kind)) return null;
    const css: Css = { boxSizing: "border-box", position: "relative", ...sizeStyle(get, parent) };
    Object.assign(css, selfAlignment(get, parent), boxStyle(get));
    if (parent === "stack") css.gridArea = "1 / 1";
    if (visibility === "invisible") css.visibility = "hidden";
    const userId = toStr(get("userId"));
    if (userId && extraCss.has(userId)) Object.assign(css, extraCss.get(userId));
    const node: RenderNode = {
      key,
      view: element.tag,
      kind: kind ?? "unknown",
      css,
      taps: actionsOf(get("onTap") ?? get("onClick")),
      enabled: get("enabled") === undefined || truthy(get("enabled")),
      children: [],
    };
    if (!kind) {
      bump(result.unknownViews, element.tag);
      return node;
    }
    const fold = heightLimit(toStr(get("tborderJson")));
    if (fold) node.fold = fold;
    const surface = surfaceOf(get, node.css, below);
    if (CONTAINERS.has(kind)) layoutChildren(node, element, kind, get, frames, surface);
    else fillLeaf(node, element, kind, get, surface);
    return node;
  };

  const layoutChildren = (
    node: RenderNode,
    element: WidgetElement,
    kind: ViewKind,
    get: Getter,
    frames: readonly ListFrame[],
    surface: Surface,
  ) => {
    const orientation = toStr(get("orientation")).toLowerCase();
    let layout: ParentLayout;
    if (kind === "frame") layout = "stack";
    else if (kind === "grid") layout = "grid";
    else if (kind === "flow") layout = "flow";
    // A list runs down unless told otherwise; a LinearLayout runs across (Android's default).
    else if (kind === "list") layout = orientation === "horizontal" ? "row" : "column";
    else if (kind === "view") layout = "column";
    else layout = orientation === "vertical" ? "column" : "row";
    const css = node.css;
    if (layout === "row" || layout === "column" || layout === "flow") {
      Object.assign(css, {
        display: "flex",
        flexDirection: layout === "column" ? "column" : "row",
        alignItems: "flex-start",
      });
      if (layout === "flow") css.flexWrap = "wrap";
    } else {
      const count = numberOf(get("columnCount") ?? get("spanCount") ?? get("columns") ?? get("column"));
      const columns = Math.max(1, Math.min(12, Math.trunc(count ?? 1)));
      Object.assign(css, {
        display: "grid",
        gridTemplateColumns: layout === "grid" ? `repeat(${columns}, minmax(0, 1fr))` : "minmax(0, 1fr)",
        justifyItems: "start",
        alignItems: "start",
      });
    }
    Object.assign(css, childAlignment(layout, get("childGravity")));
    const columnGap = length(get("columnSpacing") ?? get("itemSpacing") ?? get("horizontalSpacing"));
    const rowGap = length(get("rowSpacing") ?? get("lineSpacing") ?? get("verticalSpacing"));
    if (columnGap) css.columnGap = columnGap;
    if (rowGap) css.rowGap = rowGap;
    const templated = (kind === "list" || kind === "grid" || kind === "flow") && element.attrs.listData !== undefined;
    const add = (child: WidgetElement, childFrames: readonly ListFrame[], key: string) => {
      const built = build(child, layout, childFrames, key, surface);
      if (built) node.children.push(built);
    };
    if (!templated) {
      element.children.forEach((child, index) => add(child, frames, `${node.key}.${index}`));
      return;
    }
    const items = jsonish(get("listData"));
    if (!Array.isArray(items)) return;
    items.slice(0, MAX_LIST_ITEMS).forEach((item, itemIndex) => {
      const childFrames = [...frames, { item, index: itemIndex }];
      element.children.forEach((child, index) => add(child, childFrames, `${node.key}[${itemIndex}].${index}`));
    });
  };

  const fillLeaf = (node: RenderNode, element: WidgetElement, kind: ViewKind, get: Getter, surface: Surface) => {
    if (kind === "text" || kind === "rich" || kind === "icon" || kind === "input") {
      const text = textStyle(get);
      const size = typeof text.css.fontSize === "number" ? text.css.fontSize : 14;
      const large = size >= 24 || (size >= 18.66 && text.css.fontWeight === 600);
      const color = typeof text.css.color === "string" ? text.css.color : options.dark ? DARK_TEXT : LIGHT_TEXT;
      const fixed = legibleOn(color, surface.rgba, large ? 3 : 4.5, surface.owner !== undefined);
      if (fixed.surface && surface.owner) {
        // White on DingTalk's #007FFF: the button's blue deepens a little instead of the text turning dark.
        surface.owner.backgroundColor = toHex(fixed.surface);
        delete surface.owner.backgroundImage;
        surface.rgba = fixed.surface;
      }
      text.css.color = fixed.color;
      node.textCss = { ...text.css, justifyContent: textVertical(get) };
      node.surface = toHex(surface.rgba);
      node.maxLines = text.maxLines;
      node.ellipsis = text.ellipsis;
    }
    if (kind === "text" || kind === "icon") node.text = toStr(get("text"));
    else if (kind === "rich") node.markdown = toStr(get("attributedText") ?? get("text"));
    else if (kind === "input") {
      node.text = toStr(get("text"));
      node.placeholder = toStr(get("placeholder") ?? get("hint"));
    } else if (kind === "image") {
      const url = toStr(get("imageUrl")).trim();
      node.imageUrl = /^https?:\/\//i.test(url) ? url : null;
      node.imageFit = IMAGE_FIT[toStr(get("scaleType"))] ?? "cover";
    } else if (kind === "loading") {
      const size = length(get("size")) ?? 16;
      if (node.css.width === undefined) node.css.width = size;
      if (node.css.height === undefined) node.css.height = size;
      node.loadingColor = cssColor(get("color")) ?? "currentColor";
    } else if (kind === "chart") {
      // The chart's data under the names seen so far, else the first attribute that reads as chart data.
      const named = ["chartData", "data", "option", "config"].map(get).find((value) => value !== undefined);
      node.chart =
        named ??
        Object.keys(element.attrs)
          .filter((name) => !READ_ATTRIBUTES.has(name))
          .map(get)
          .find((value) => chartSeries(value) !== null) ??
        null;
    }
  };

  const roots = elements.filter((element) => element.tag !== "");
  const card = (): Surface => ({ rgba: parseCss(options.dark ? DARK_CARD : LIGHT_CARD) as Rgba });
  if (roots.length === 1) result.root = build(roots[0] as WidgetElement, "root", [], "0", card());
  else if (roots.length > 1) {
    const wrapper: WidgetElement = {
      tag: "LinearLayout",
      attrs: { orientation: "vertical", width: `${options.width}np` },
      children: roots,
    };
    result.root = build(wrapper, "root", [], "0", card());
  }
  return result;
}
