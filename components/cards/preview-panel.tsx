"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CardPreview, type PreviewTheme, type PreviewWidth } from "@/components/card-preview/card-preview";
import { cn } from "@/lib/utils";

interface Props {
  tree: readonly unknown[];
  data: Readonly<Record<string, unknown>>;
  /** "Preview as" choices: the defaults row and each user row. */
  viewers: readonly string[];
  viewer: number;
  onViewer(index: number): void;
}

function Toggle<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: readonly { value: T; label: string }[]; onChange(value: T): void }) {
  return (
    <div role="group" aria-label={label} className="inline-flex overflow-hidden rounded-md border border-border">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
          className={cn("px-2.5 py-1 text-xs", value === option.value ? "bg-primary text-primary-foreground" : "bg-surface text-foreground hover:bg-background")}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

/** The live preview with its light/dark and mobile/desktop switches. */
export function PreviewPanel({ tree, data, viewers, viewer, onViewer }: Props) {
  const t = useTranslations("cards");
  const [theme, setTheme] = useState<PreviewTheme>("light");
  const [width, setWidth] = useState<PreviewWidth>("mobile");
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="mr-auto text-base font-semibold">{t("editor.preview")}</h2>
        <Toggle<PreviewTheme> label={t("preview.theme")} value={theme} onChange={setTheme} options={[{ value: "light", label: t("preview.light") }, { value: "dark", label: t("preview.dark") }]} />
        <Toggle<PreviewWidth> label={t("preview.width")} value={width} onChange={setWidth} options={[{ value: "mobile", label: t("preview.mobile") }, { value: "desktop", label: t("preview.desktop") }]} />
      </div>
      {viewers.length > 1 ? (
        <label className="flex items-center gap-2 text-sm">
          {t("editor.previewAs")}
          <select className="rounded-md border border-border bg-surface px-2 py-1 text-sm" value={viewer} onChange={(event) => onViewer(Number(event.target.value))}>
            {viewers.map((name, index) => (
              <option key={index} value={index}>
                {name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className={cn("flex justify-center rounded-lg p-4", theme === "dark" ? "bg-neutral-900" : "bg-neutral-100")}>
        <CardPreview tree={tree} data={data} theme={theme} width={width} />
      </div>
    </div>
  );
}
