"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { buildPreview, type PreviewNode } from "@/lib/cards/preview.model";
import { cn } from "@/components/ui/cn";
import { NodeBoundary } from "./node-boundary";
import { NodeView } from "./views";

export type PreviewTheme = "light" | "dark";
export type PreviewWidth = "mobile" | "desktop";

export interface CardPreviewProps {
  tree: readonly unknown[];
  data: Readonly<Record<string, unknown>>;
  theme?: PreviewTheme;
  width?: PreviewWidth;
  className?: string;
  /** For tests and e2e: the element's data-testid. */
  testId?: string;
}

function Nodes({ nodes, dark }: { nodes: readonly PreviewNode[]; dark: boolean }) {
  const t = useTranslations("cards.preview");
  return nodes.map((node) => (
    <NodeBoundary
      key={node.key}
      fallback={
        <div className="mx-3 my-1 rounded border border-dashed px-2 py-1 text-xs">
          {t("broken", { component: node.component })}
        </div>
      }
    >
      <div data-component={node.component} className="min-w-0">
        <NodeView node={node} dark={dark}>
          <Nodes nodes={node.children} dark={dark} />
        </NodeView>
      </div>
    </NodeBoundary>
  ));
}

/**
 * Draws a card builder layout with bound data, as DingTalk would in a chat: light or dark, at a
 * phone's or a desktop client's card width. It never throws: the model is built defensively and
 * each node renders inside its own error boundary.
 */
export function CardPreview({
  tree,
  data,
  theme = "light",
  width = "mobile",
  className,
  testId = "card-preview",
}: CardPreviewProps) {
  const t = useTranslations("cards.preview");
  const nodes = useMemo(() => buildPreview(tree, data), [tree, data]);
  const dark = theme === "dark";
  return (
    <section
      aria-label={t("label")}
      data-testid={testId}
      data-theme={theme}
      data-width={width}
      className={cn(
        "overflow-hidden rounded-xl border shadow-sm",
        dark ? "border-neutral-700 bg-[#202124] text-[#F2F2F6]" : "border-neutral-200 bg-white text-[#171A1D]",
        width === "mobile" ? "w-[360px] max-w-full" : "w-[520px] max-w-full",
        className,
      )}
    >
      <Nodes nodes={nodes} dark={dark} />
    </section>
  );
}
