import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import {
  MAX_SOURCE,
  type Block,
  type HeadingLevel,
  type Inline,
  type MarkdownDocument,
} from "@/lib/message-types/markdown";
import { isWebUrl } from "@/lib/message-types/url";
import { cn } from "@/components/ui/cn";
import { ExternalLink } from "./external-link";
import { PreviewPicture } from "./preview-image";

/*
 * Renders the markdown AST with React elements only: every string reaches the DOM as a text node.
 * Headings are styled paragraphs, not <h1>…<h6>: the preview sits inside a page with its own
 * heading outline, which a message's "# Title" must not break for screen readers.
 */

const HEADING_CLASS: Record<HeadingLevel, string> = {
  1: "text-xl font-semibold",
  2: "text-lg font-semibold",
  3: "text-base font-semibold",
  4: "text-sm font-semibold",
  5: "text-sm font-medium",
  6: "text-xs font-medium text-muted",
};

function InlineNodes({ nodes }: { nodes: readonly Inline[] }) {
  const t = useTranslations("preview");
  return nodes.map((node, i): ReactNode => {
    switch (node.type) {
      case "text":
        return node.value;
      case "break":
        return <br key={i} />;
      case "strong":
        return (
          <strong key={i} className="font-semibold">
            <InlineNodes nodes={node.children} />
          </strong>
        );
      case "emphasis":
        return (
          <em key={i}>
            <InlineNodes nodes={node.children} />
          </em>
        );
      case "image":
        return (
          <PreviewPicture
            key={i}
            image={{ kind: "web", src: node.src }}
            alt={node.alt || t("pictureAlt")}
            className="my-1 inline-block max-h-60 max-w-full rounded"
          />
        );
      case "link":
        // dingtalk:// links only work inside DingTalk: shown as a link, but not clickable here.
        return isWebUrl(node.href) ? (
          <ExternalLink key={i} href={node.href} className="text-primary underline-offset-2 hover:underline">
            <InlineNodes nodes={node.children} />
          </ExternalLink>
        ) : (
          <span key={i} title={t("opensInDingTalk")} className="text-primary">
            <InlineNodes nodes={node.children} />
          </span>
        );
    }
  });
}

function BlockNode({ block }: { block: Block }) {
  switch (block.type) {
    case "heading":
      return (
        <p className={HEADING_CLASS[block.level]}>
          <InlineNodes nodes={block.children} />
        </p>
      );
    case "paragraph":
      return (
        <p>
          <InlineNodes nodes={block.children} />
        </p>
      );
    case "quote":
      return (
        <blockquote className="space-y-1 border-l-4 border-border pl-3 text-muted">
          {block.children.map((child, i) => (
            <BlockNode key={i} block={child} />
          ))}
        </blockquote>
      );
    case "list": {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <InlineNodes nodes={item} />
        </li>
      ));
      return block.ordered ? (
        <ol start={block.start} className="list-decimal space-y-0.5 pl-5">
          {items}
        </ol>
      ) : (
        <ul className="list-disc space-y-0.5 pl-5">{items}</ul>
      );
    }
  }
}

export function MarkdownView({ doc, className }: { doc: MarkdownDocument; className?: string }) {
  const t = useTranslations("preview");
  return (
    <div className={cn("space-y-2 break-words text-sm leading-relaxed", className)}>
      {doc.blocks.map((block, i) => (
        <BlockNode key={i} block={block} />
      ))}
      {doc.truncated ? <p className="text-xs text-muted">{t("truncated", { max: MAX_SOURCE })}</p> : null}
    </div>
  );
}
