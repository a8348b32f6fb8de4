"use client";

import { useMemo, type CSSProperties, type ReactNode } from "react";
import { legible, parseCss, type Rgba } from "@/lib/cards/widget/contrast.model";
import { parseRichText, type RichBlock, type RichInline } from "@/lib/cards/widget/markdown.model";
import { DARK_CARD, LIGHT_CARD, PLACEHOLDER_FILL, themeBlue } from "@/lib/cards/widget/paint.model";
import { isSafeLinkUrl } from "@/lib/message-types/url";

/**
 * DDRichTextView: DingTalk card markdown as React elements (text nodes only; links keep their
 * address only when it is a safe one, and never navigate from the preview).
 */
interface Paint {
  dark: boolean;
  /** The opaque colour behind the text: font and link colours are kept legible on it. */
  surface: Rgba;
}

function Inlines({ nodes, paint }: { nodes: readonly RichInline[]; paint: Paint }): ReactNode {
  const { dark, surface } = paint;
  return nodes.map((node, index) => {
    switch (node.t) {
      case "text":
        return node.v;
      case "br":
        return <br key={index} />;
      case "strong":
      case "em":
      case "del": {
        const Tag = node.t;
        return (
          <Tag key={index} style={node.t === "strong" ? { fontWeight: 600 } : undefined}>
            <Inlines nodes={node.c} paint={paint} />
          </Tag>
        );
      }
      case "code":
        return (
          <code
            key={index}
            style={{ fontFamily: "monospace", background: PLACEHOLDER_FILL, borderRadius: 3, padding: "0 3px" }}
          >
            {node.v}
          </code>
        );
      case "link":
        return (
          <span
            key={index}
            title={isSafeLinkUrl(node.href) ? node.href : undefined}
            style={{ color: legible(themeBlue(dark), surface) }}
          >
            <Inlines nodes={node.c} paint={paint} />
          </span>
        );
      case "image":
        return (
          <span
            key={index}
            role="img"
            aria-label={node.alt}
            style={{
              display: "inline-block",
              width: 48,
              height: 48,
              background: PLACEHOLDER_FILL,
              verticalAlign: "middle",
            }}
          />
        );
      case "font": {
        const style: CSSProperties = {};
        if (node.color) style.color = legible(node.color, surface);
        if (node.size) style.fontSize = node.size;
        return (
          <span key={index} style={style}>
            <Inlines nodes={node.c} paint={paint} />
          </span>
        );
      }
    }
  });
}

const HEADING_SIZE = [0, 24, 22, 20, 18, 16, 15];

function Blocks({ blocks, paint }: { blocks: readonly RichBlock[]; paint: Paint }): ReactNode {
  return blocks.map((block, index) => {
    switch (block.t) {
      case "h":
        return (
          <div
            key={index}
            role="heading"
            aria-level={block.level}
            style={{ fontSize: HEADING_SIZE[block.level], fontWeight: 600, margin: "4px 0" }}
          >
            <Inlines nodes={block.c} paint={paint} />
          </div>
        );
      case "p":
        return (
          <p key={index} style={{ margin: "2px 0" }}>
            <Inlines nodes={block.c} paint={paint} />
          </p>
        );
      case "quote":
        return (
          <blockquote
            key={index}
            style={{ margin: "4px 0", paddingLeft: 8, borderLeft: "3px solid rgba(126,134,142,0.4)", opacity: 0.8 }}
          >
            <Blocks blocks={block.c} paint={paint} />
          </blockquote>
        );
      case "list": {
        const items = block.items.map((item, i) => (
          <li key={i}>
            <Inlines nodes={item} paint={paint} />
          </li>
        ));
        return block.ordered ? (
          <ol key={index} start={block.start} style={{ margin: "2px 0", paddingLeft: 20, listStyle: "decimal" }}>
            {items}
          </ol>
        ) : (
          <ul key={index} style={{ margin: "2px 0", paddingLeft: 20, listStyle: "disc" }}>
            {items}
          </ul>
        );
      }
      case "pre":
        return (
          <pre
            key={index}
            style={{
              fontFamily: "monospace",
              fontSize: "0.9em",
              background: "rgba(126,134,142,0.12)",
              padding: 8,
              borderRadius: 4,
              whiteSpace: "pre-wrap",
              margin: "4px 0",
            }}
          >
            {block.v}
          </pre>
        );
      case "hr":
        return <hr key={index} style={{ border: 0, borderTop: "1px solid rgba(126,134,142,0.3)", margin: "6px 0" }} />;
      case "table":
        return (
          <table key={index} style={{ borderCollapse: "collapse", width: "100%", margin: "4px 0", fontSize: "0.9em" }}>
            <thead>
              <tr>
                {block.head.map((cell, i) => (
                  <th
                    key={i}
                    scope="col"
                    style={{ border: "1px solid rgba(126,134,142,0.3)", padding: "2px 4px", textAlign: "left" }}
                  >
                    <Inlines nodes={cell} paint={paint} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i} style={{ border: "1px solid rgba(126,134,142,0.3)", padding: "2px 4px" }}>
                      <Inlines nodes={cell} paint={paint} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
    }
  });
}

export function WidgetRichText({
  source,
  dark,
  surface,
  maxLines,
}: {
  source: string;
  dark: boolean;
  surface?: string;
  maxLines?: number;
}) {
  const blocks = useMemo(() => parseRichText(source, dark), [source, dark]);
  const paint = useMemo<Paint>(
    () => ({ dark, surface: parseCss(surface) ?? (parseCss(dark ? DARK_CARD : LIGHT_CARD) as Rgba) }),
    [dark, surface],
  );
  const clamp: CSSProperties = maxLines
    ? { display: "-webkit-box", WebkitLineClamp: maxLines, WebkitBoxOrient: "vertical", overflow: "hidden" }
    : {};
  return (
    <div data-testid="widget-rich-text" style={{ overflowWrap: "anywhere", ...clamp }}>
      <Blocks blocks={blocks} paint={paint} />
    </div>
  );
}
