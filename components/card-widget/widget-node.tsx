"use client";

import { useTranslations } from "next-intl";
import {
  useEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from "react";
import type { RenderNode } from "@/lib/cards/widget/layout.model";
import { DARK_CARD, LIGHT_CARD, PLACEHOLDER_FILL, themeBlue } from "@/lib/cards/widget/paint.model";
import { Action } from "@/lib/cards/widget/values.model";
import { IconGlyph, iconOf } from "./icons";
import { WidgetChart } from "./widget-chart";
import { WidgetRichText } from "./widget-rich-text";

export interface NodeProps {
  node: RenderNode;
  dark: boolean;
  onTap(actions: readonly Action[]): void;
  /** An enclosing view is already the button: this one takes clicks but is not a second control. */
  nested?: boolean;
  /** A picture of the card (a gallery thumbnail): nothing in it takes a tap or the focus. */
  still?: boolean;
}

const style = (css: RenderNode["css"]) => css as CSSProperties;

/** What makes a view tappable: spread on its outermost element. */
type TapProps = Partial<{
  role: "button";
  tabIndex: number;
  "data-testid": string;
  "aria-label": string;
  onClick(event: MouseEvent): void;
  onKeyDown(event: KeyboardEvent): void;
}>;

function clamp(maxLines: number | undefined, ellipsis: boolean | undefined): CSSProperties {
  if (!maxLines) return { whiteSpace: "pre-wrap", overflowWrap: "anywhere" };
  if (maxLines === 1)
    return { whiteSpace: "nowrap", overflow: "hidden", textOverflow: ellipsis === false ? "clip" : "ellipsis" };
  return {
    display: "-webkit-box",
    WebkitLineClamp: maxLines,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  };
}

/** Text views: a box (size, margins, background) holding the clamped text, vertically placed. */
function TextBox({ node, tap, children }: { node: RenderNode; tap: TapProps; children: ReactNode }) {
  const { justifyContent, ...text } = node.textCss ?? {};
  return (
    <div
      {...tap}
      style={{ ...style(node.css), display: "flex", flexDirection: "column", justifyContent: String(justifyContent) }}
    >
      <div style={{ ...(text as CSSProperties), minWidth: 0, ...clamp(node.maxLines, node.ellipsis) }}>{children}</div>
    </div>
  );
}

function ImageBox({ node, tap }: { node: RenderNode; tap: TapProps }) {
  const t = useTranslations("cards.widget");
  const [failed, setFailed] = useState(false);
  const css: CSSProperties = { ...style(node.css) };
  if (css.width === undefined && css.flexGrow === undefined && css.alignSelf !== "stretch") css.width = 24;
  if (css.height === undefined && css.alignSelf !== "stretch") css.height = css.width === undefined ? 120 : css.width;
  if (node.imageUrl && !failed)
    return (
      // eslint-disable-next-line @next/next/no-img-element -- a card image from any host, drawn as the phone draws it
      <img
        {...tap}
        src={node.imageUrl}
        alt=""
        referrerPolicy="no-referrer"
        // The placeholder's fill shows while the image loads, or if its host never answers.
        style={{ ...css, objectFit: node.imageFit as CSSProperties["objectFit"], backgroundColor: PLACEHOLDER_FILL }}
        onError={() => setFailed(true)}
      />
    );
  return (
    <div
      role="img"
      {...tap}
      aria-label={t("image")}
      data-testid="widget-image-placeholder"
      style={{
        ...css,
        backgroundColor: PLACEHOLDER_FILL,
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
      }}
    >
      <svg
        viewBox="0 0 24 24"
        width="50%"
        height="50%"
        style={{ maxWidth: 24, maxHeight: 24, opacity: 0.5 }}
        aria-hidden="true"
      >
        <path
          fill="currentColor"
          d="M4 5h16v14H4zm2 2v8l4-4 3 3 2-2 3 3V7zm9 1.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3z"
        />
      </svg>
    </div>
  );
}

function Leaf({ node, dark, tap, still }: { node: RenderNode; dark: boolean; tap: TapProps; still: boolean }) {
  const t = useTranslations("cards.widget");
  switch (node.kind) {
    case "text":
      return (
        <TextBox node={node} tap={tap}>
          {node.text}
        </TextBox>
      );
    case "icon":
      return (
        <TextBox node={node} tap={tap}>
          <IconGlyph text={node.text ?? ""} />
        </TextBox>
      );
    case "rich":
      return (
        <div {...tap} style={{ ...style(node.css), ...(node.textCss as CSSProperties), justifyContent: undefined }}>
          <WidgetRichText source={node.markdown ?? ""} dark={dark} surface={node.surface} maxLines={node.maxLines} />
        </div>
      );
    case "image":
      return <ImageBox node={node} tap={tap} />;
    case "loading":
      // The resting state of the spinner: a ring, not spinning.
      return (
        <div {...tap} style={style(node.css)} aria-hidden="true">
          <div
            style={{
              width: "100%",
              height: "100%",
              borderRadius: "50%",
              border: `2px solid ${node.loadingColor}`,
              borderTopColor: "transparent",
            }}
          />
        </div>
      );
    case "input":
      return (
        <input
          tabIndex={still ? -1 : undefined}
          aria-label={node.placeholder || t("input")}
          placeholder={node.placeholder}
          defaultValue={node.text}
          style={{
            ...style(node.css),
            ...(node.textCss as CSSProperties),
            justifyContent: undefined,
            background: "transparent",
          }}
        />
      );
    case "chart":
      return (
        <div {...tap} style={style(node.css)}>
          <WidgetChart data={node.chart} dark={dark} still={still} />
        </div>
      );
    default:
      return (
        <div
          {...tap}
          data-testid="widget-unknown"
          data-view={node.view}
          style={{
            ...style(node.css),
            minHeight: 24,
            border: "1px dashed currentColor",
            borderRadius: 4,
            padding: "2px 6px",
            fontSize: 12,
          }}
        >
          {t("unknown", { view: node.view })}
        </div>
      );
  }
}

/** A view under a height limit: cut there, with the client's "show more" when its content is taller. */
function Folded({
  node,
  dark,
  tap,
  onTap,
  children,
  still,
}: {
  node: RenderNode;
  dark: boolean;
  tap: TapProps;
  onTap(actions: readonly Action[]): void;
  still: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("cards.widget");
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  const limit = node.fold?.limit ?? 0;
  useEffect(() => {
    if (box.current) setOverflows(box.current.scrollHeight > limit + 1);
  }, [limit, children]);
  const unfold = () => onTap([new Action("dtSendOutData", [{ localData: { [node.fold?.key ?? ""]: "unfold" } }])]);
  return (
    <div
      ref={box}
      {...tap}
      style={{ ...style(node.css), maxHeight: limit, overflow: "hidden", position: "relative" }}
      data-view={node.view}
    >
      {children}
      {overflows && !still ? (
        <button
          type="button"
          data-testid="widget-unfold"
          onClick={(event) => {
            event.stopPropagation();
            unfold();
          }}
          style={{
            position: "absolute",
            left: 0,
            right: 0,
            bottom: 0,
            padding: "16px 0 6px",
            fontSize: 13,
            color: themeBlue(dark),
            background: `linear-gradient(to bottom, transparent, ${dark ? DARK_CARD : LIGHT_CARD} 60%)`,
            border: 0,
            cursor: "pointer",
          }}
        >
          {t("unfold")}
        </button>
      ) : null}
    </div>
  );
}

/** The words a view shows (an icon's name, `::icon_like::`, is not one). */
function hasText(node: RenderNode): boolean {
  const text = node.kind === "icon" && iconOf(node.text ?? "") !== null ? "" : node.text;
  return Boolean(text?.trim() || node.markdown?.trim()) || node.children.some(hasText);
}

/** The icon a view shows, when it shows one (`like` for `::icon_like::`), to name an icon-only control. */
function iconName(node: RenderNode): string | undefined {
  if (node.kind === "icon") return /^::icon_(?:XDS_)?(.+)::$/i.exec(node.text?.trim() ?? "")?.[1]?.replace(/_/g, " ");
  for (const child of node.children) {
    const name = iconName(child);
    if (name) return name;
  }
  return undefined;
}

/** One view of the layout and its children, tappable when it has actions and is enabled. */
export function WidgetNode({ node, dark, onTap, nested = false, still = false }: NodeProps) {
  const t = useTranslations("cards.widget");
  let tap: TapProps = {};
  const tappable = node.taps.length > 0 && node.enabled && !still;
  if (tappable) {
    const run = (event: MouseEvent | KeyboardEvent) => {
      event.stopPropagation();
      event.preventDefault();
      onTap(node.taps);
    };
    tap = nested
      ? { "data-testid": "widget-tap", onClick: run }
      : {
          role: "button",
          tabIndex: 0,
          "data-testid": "widget-tap",
          onClick: run,
          onKeyDown: (event) => (event.key === "Enter" || event.key === " " ? run(event) : undefined),
        };
    // A control needs a name: its text, or what it does when it shows none (an image, an icon).
    if (!nested && !hasText(node)) {
      const icon = iconName(node);
      tap["aria-label"] =
        node.taps[0]?.name === "dtPreviewImage" ? t("tapImage") : icon ? t("tapIcon", { icon }) : t("tap");
    }
  }
  const children = node.children.map((child) => (
    <WidgetNode key={child.key} node={child} dark={dark} onTap={onTap} nested={nested || tappable} still={still} />
  ));
  if (node.fold?.folded)
    return (
      <Folded node={node} dark={dark} tap={tap} onTap={onTap} still={still}>
        {children}
      </Folded>
    );
  const container =
    node.kind === "linear" ||
    node.kind === "frame" ||
    node.kind === "list" ||
    node.kind === "grid" ||
    node.kind === "flow" ||
    node.kind === "view";
  if (!container) return <Leaf node={node} dark={dark} tap={tap} still={still} />;
  return (
    <div {...tap} style={{ ...style(node.css), cursor: tap.role ? "pointer" : undefined }} data-view={node.view}>
      {children}
    </div>
  );
}
