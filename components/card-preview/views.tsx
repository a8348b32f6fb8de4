"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { MarkdownView } from "@/components/message-preview/markdown-view";
import type { PreviewNode, PreviewView } from "@/lib/cards/preview.model";
import { parseMarkdown } from "@/lib/message-types/markdown";
import { cn } from "@/components/ui/cn";
import { colorOf } from "./palette";

export interface ViewProps {
  node: PreviewNode;
  dark: boolean;
  children: ReactNode;
}

function Buttons({ view, dark }: { view: Extract<PreviewView, { type: "buttons" }>; dark: boolean }) {
  return (
    <div className={cn("flex gap-2 px-3 py-2", view.direction === "column" ? "flex-col" : "flex-row flex-wrap")}>
      {view.buttons.map((button, index) => (
        <span
          key={index}
          aria-disabled={button.disabled || undefined}
          className={cn(
            "min-w-16 flex-1 rounded-md border px-3 py-1.5 text-center text-sm",
            button.disabled && "border-dashed",
          )}
          style={{ borderColor: colorOf(button.color, dark), color: colorOf(button.color, dark) }}
        >
          {button.text}
        </span>
      ))}
    </div>
  );
}

function Table({ view, dark }: { view: Extract<PreviewView, { type: "table" }>; dark: boolean }) {
  return (
    <div className="overflow-x-auto px-3 py-2">
      <table className="w-full text-xs">
        <thead>
          <tr>
            {view.columns.map((column, index) => (
              <th
                key={index}
                scope="col"
                className={cn("px-1 py-1 text-left font-medium", dark ? "text-neutral-300" : "text-neutral-600")}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row, rowIndex) => (
            <tr key={rowIndex} className={rowIndex % 2 === 1 ? (dark ? "bg-white/5" : "bg-black/[0.03]") : undefined}>
              {row.map((cell, index) => (
                <td key={index} className="px-1 py-1">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Field({
  label,
  value,
  placeholder,
  dark,
  required,
}: {
  label: string;
  value: string;
  placeholder: string;
  dark: boolean;
  required?: boolean;
}) {
  return (
    <div className="px-3 py-1.5">
      {label ? (
        <div className="mb-1 text-xs font-medium">
          {required ? <span className={dark ? "text-[#FF8A66]" : "text-[#C23A0C]"}>* </span> : null}
          {label}
        </div>
      ) : null}
      <div
        className={cn(
          "rounded border px-2 py-1.5 text-sm",
          dark ? "border-neutral-600" : "border-neutral-300",
          !value && (dark ? "text-neutral-300" : "text-neutral-600"),
        )}
      >
        {value || placeholder || "\u00a0"}
      </div>
    </div>
  );
}

/** One node's own drawing; containers place `children` inside. */
export function NodeView({ node, dark, children }: ViewProps) {
  const t = useTranslations("cards.preview");
  const view = node.view;
  const muted = dark ? "text-neutral-300" : "text-neutral-600";
  switch (view.type) {
    case "card":
      return (
        <div>
          {view.title || view.tag ? (
            <div className="flex items-center gap-2 px-3 pt-3">
              <span className="font-semibold">{view.title}</span>
              {view.tag ? (
                <span
                  className="rounded border px-1 text-xs"
                  style={{ borderColor: colorOf(view.tagColor, dark), color: colorOf(view.tagColor, dark) }}
                >
                  {view.tag}
                </span>
              ) : null}
            </div>
          ) : null}
          <div className="pb-2">{children}</div>
        </div>
      );
    case "header":
      return <div className="px-3 pt-3 pb-1 font-semibold">{view.title}</div>;
    case "grid":
      return (
        <div
          className={cn(
            "flex min-w-0 gap-2",
            view.direction === "column" ? "flex-col" : "flex-row items-start [&>*]:min-w-0 [&>*]:flex-1",
          )}
        >
          {children}
        </div>
      );
    case "loop":
      return <div className="flex flex-col">{children}</div>;
    case "collapse":
      return (
        <details open={view.expanded} className="px-3 py-1">
          <summary className="cursor-pointer text-sm font-medium">{view.title || t("expand")}</summary>
          {children}
        </details>
      );
    case "text":
      return (
        <p
          className={cn("px-3 py-1 text-sm break-words whitespace-pre-wrap", view.strong && "font-semibold")}
          style={
            view.maxLines
              ? {
                  display: "-webkit-box",
                  WebkitLineClamp: view.maxLines,
                  WebkitBoxOrient: "vertical",
                  overflow: "hidden",
                }
              : undefined
          }
        >
          {view.text}
        </p>
      );
    case "markdown":
      return (
        <div className="px-3 py-1 text-sm">
          <MarkdownView doc={parseMarkdown(view.text)} />
        </div>
      );
    case "tag":
      return (
        <span
          className="mx-3 my-1 inline-block rounded border px-1 text-xs"
          style={{ borderColor: colorOf(view.color, dark), color: colorOf(view.color, dark) }}
        >
          {view.text}
        </span>
      );
    case "image":
      return (
        <div
          role="img"
          aria-label={view.label || t("image")}
          className={cn(
            "mx-3 my-1 flex h-10 min-w-10 items-center justify-center rounded text-[10px]",
            dark ? "bg-white/10" : "bg-black/5",
            muted,
          )}
        >
          {t("image")}
        </div>
      );
    case "icon":
      return (
        <span
          aria-hidden="true"
          className={cn("mx-3 inline-block size-4 rounded-full", dark ? "bg-white/30" : "bg-black/20")}
          title={view.label}
        />
      );
    case "avatar":
      return (
        <span
          className="mx-3 my-1 inline-flex size-8 items-center justify-center rounded-full bg-[#0060C7] text-xs text-white"
          title={view.name}
        >
          {view.name.slice(-2)}
        </span>
      );
    case "divider":
      return <hr className={cn("mx-3 my-2", dark ? "border-neutral-700" : "border-neutral-200")} />;
    case "buttons":
      return <Buttons view={view} dark={dark} />;
    case "input":
      return <Field label={view.title} value={view.value} placeholder={view.placeholder} dark={dark} />;
    case "progress":
      return (
        <div className="flex items-center gap-2 px-3 py-1">
          <div className={cn("h-1.5 flex-1 overflow-hidden rounded-full", dark ? "bg-white/10" : "bg-black/10")}>
            <div className="h-full rounded-full bg-[#0089FF]" style={{ width: `${view.percent}%` }} />
          </div>
          {view.showPercentage ? <span className="text-xs tabular-nums">{view.percent}%</span> : null}
        </div>
      );
    case "table":
      return <Table view={view} dark={dark} />;
    case "form":
      return (
        <div className="py-1">
          {view.fields.map((field, index) => (
            <Field
              key={index}
              label={field.label}
              value={field.value}
              placeholder={field.placeholder}
              required={field.required}
              dark={dark}
            />
          ))}
          <Buttons
            view={{
              type: "buttons",
              direction: "row",
              buttons: [{ text: view.submitText || t("submit"), color: "blue", disabled: view.disabled }],
            }}
            dark={dark}
          />
        </div>
      );
    case "checkbox":
      return (
        <div className="flex items-center gap-2 px-3 py-1 text-sm">
          <span
            aria-hidden="true"
            className={cn(
              "inline-block size-3.5 rounded-sm border",
              view.checked ? "border-[#0089FF] bg-[#0089FF]" : "border-neutral-400",
            )}
          />
          <span>{view.text}</span>
        </div>
      );
    case "select":
      return (
        <Field label="" value={view.value} placeholder={view.placeholder || view.options.join(" / ")} dark={dark} />
      );
    case "date":
      return <Field label="" value={view.value} placeholder={view.placeholder} dark={dark} />;
    case "unknown":
      return (
        <div
          data-testid="card-preview-placeholder"
          className={cn(
            "mx-3 my-1 rounded border border-dashed px-2 py-1 text-xs",
            dark ? "border-neutral-600" : "border-neutral-300",
            muted,
          )}
        >
          {t(view.reason === "broken" ? "broken" : "unknown", { component: node.component })}
          {children}
        </div>
      );
  }
}
