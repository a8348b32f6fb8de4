/**
 * The views of DingTalk's card client that the renderer draws, and how each lays out its children.
 * Names are matched exactly, as the client does; anything else is an unknown view (counted, and
 * drawn as one labelled placeholder).
 */
export type ViewKind =
  | "linear"
  | "frame"
  | "grid"
  | "list"
  | "flow"
  | "view"
  | "text"
  | "rich"
  | "image"
  | "icon"
  | "input"
  | "chart"
  | "loading"
  | "animation"
  | "event"
  | "css";

const VIEWS: Readonly<Record<string, ViewKind>> = Object.assign(Object.create(null) as Record<string, ViewKind>, {
  LinearLayout: "linear",
  FrameLayout: "frame",
  GridLayout: "grid",
  ListLayout: "list",
  DDFlowLayout: "flow",
  View: "view",
  FastTextView: "text",
  TextView: "text",
  DDRichTextView: "rich",
  ImageView: "image",
  DDIconView: "icon",
  DDTextInput: "input",
  DDChartView: "chart",
  DDLoadingView: "loading",
  DDAnimationView: "animation",
  DDEventView: "event",
  DDCSSStyleView: "css",
} satisfies Record<string, ViewKind>);

/** Every view name the renderer draws. */
export const VIEW_NAMES: readonly string[] = Object.keys(VIEWS);

export function viewKind(tag: string): ViewKind | undefined {
  return Object.hasOwn(VIEWS, tag) ? VIEWS[tag] : undefined;
}

/** Views that hold children (the rest ignore theirs, as the client does). */
export const CONTAINERS: ReadonlySet<ViewKind> = new Set(["linear", "frame", "grid", "list", "flow", "view"]);

/** Views that never draw: definitions (animations, styles) and event handlers. */
export const INVISIBLE: ReadonlySet<ViewKind> = new Set(["animation", "event", "css"]);

/**
 * Attributes the renderer reads. Any other attribute is still evaluated (so its functions are
 * counted) but does not change the drawing; `npm run cards:coverage` lists them per export.
 */
export const READ_ATTRIBUTES: ReadonlySet<string> = new Set([
  "width",
  "height",
  "weight",
  "orientation",
  "gravity",
  "layoutGravity",
  "childGravity",
  "visibility",
  "minWidth",
  "maxWidth",
  "minHeight",
  "maxHeight",
  "margin",
  "marginTop",
  "marginRight",
  "marginBottom",
  "marginLeft",
  "padding",
  "paddingTop",
  "paddingRight",
  "paddingBottom",
  "paddingLeft",
  "cornerRadius",
  "cornerRadiusLeftTop",
  "cornerRadiusRightTop",
  "cornerRadiusRightBottom",
  "cornerRadiusLeftBottom",
  "borderWidth",
  "borderColor",
  "backgroundColor",
  "backgroundGradient",
  "alpha",
  "opacity",
  "text",
  "textSize",
  "textColor",
  "isBold",
  "isItalic",
  "isStrikeThrough",
  "isUnderline",
  "lineHeight",
  "textGravity",
  "maxLines",
  "lineBreakMode",
  "attributedText",
  "imageUrl",
  "scaleType",
  "placeholder",
  "hint",
  "size",
  "color",
  "listData",
  "columnCount",
  "spanCount",
  "columns",
  "column",
  "horizontalSpacing",
  "verticalSpacing",
  "columnSpacing",
  "rowSpacing",
  "itemSpacing",
  "lineSpacing",
  "onTap",
  "tborderJson",
  "onClick",
  "onEvent",
  "onChange",
  "enabled",
  "userId",
  "targetNode",
  "cssStyles",
  "name",
  "animation",
  "chartData",
  "chartType",
  "data",
  "option",
  "config",
]);
