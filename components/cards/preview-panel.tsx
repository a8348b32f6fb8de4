"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { CardPreview, type PreviewTheme, type PreviewWidth } from "@/components/card-preview/card-preview";
import { LazyWidgetPreview } from "@/components/card-widget/lazy-widget-preview";
import { useSystemTheme } from "@/components/card-widget/use-system-theme";
import { cn } from "@/components/ui/cn";
import { ToggleGroup, type ToggleOption } from "@/components/ui/toggle-group";

const NONE: readonly string[] = [];

function splitData(data: Readonly<Record<string, unknown>>, privateNames: readonly string[]) {
  const names = new Set(privateNames);
  const cardData: Record<string, unknown> = {};
  const cardPrivateData: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) (names.has(name) ? cardPrivateData : cardData)[name] = value;
  return { cardData, cardPrivateData };
}

interface Props {
  tree: readonly unknown[];
  /** The compiled layout DingTalk draws; without it the preview draws the builder's component tree. */
  widgetInfo?: string | null;
  /**
   * Local data to start from (data.localData). The card page leaves it out: a card arrives with
   * none, whatever the builder's sample held, so the preview shows what a recipient first sees.
   */
  localData?: Readonly<Record<string, unknown>>;
  /** The builder's event chains, which a tap on an input or a prompt runs. */
  eventChains?: Readonly<Record<string, unknown>>;
  data: Readonly<Record<string, unknown>>;
  /** The private variables' names: they go to the layout's cardPrivateData, the rest to cardData. */
  privateNames?: readonly string[];
  /** "Preview as" choices: the defaults row and each user row. */
  viewers: readonly string[];
  viewer: number;
  onViewer(index: number): void;
}

/** The live preview with its light/dark and mobile/desktop switches. */
export function PreviewPanel({
  tree,
  widgetInfo,
  localData,
  eventChains,
  data,
  privateNames = NONE,
  viewers,
  viewer,
  onViewer,
}: Props) {
  const t = useTranslations("cards");
  // The page's own theme until one is chosen here.
  const system = useSystemTheme();
  const [chosen, setTheme] = useState<PreviewTheme | null>(null);
  const theme = chosen ?? system;
  const [width, setWidth] = useState<PreviewWidth>("mobile");
  const choices = <T extends PreviewTheme | PreviewWidth>(...values: T[]): ToggleOption<T>[] =>
    values.map((value) => ({ value, label: t(`preview.${value as PreviewTheme | PreviewWidth}`) }));
  const split = useMemo(() => splitData(data, privateNames), [data, privateNames]);
  // The card's backdrop follows the preview's theme; what is around it follows the page.
  const backdrop = cn("flex justify-center rounded-lg p-4", theme === "dark" ? "bg-neutral-900" : "bg-neutral-100");
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="mr-auto text-base font-semibold">{t("editor.preview")}</h2>
        <ToggleGroup
          size="sm"
          label={t("preview.theme")}
          value={theme}
          onChange={setTheme}
          options={choices("light", "dark")}
        />
        <ToggleGroup
          size="sm"
          label={t("preview.width")}
          value={width}
          onChange={setWidth}
          options={choices("mobile", "desktop")}
        />
      </div>
      {viewers.length > 1 ? (
        <label className="flex items-center gap-2 text-sm">
          {t("editor.previewAs")}
          <select
            className="rounded-md border border-border bg-surface px-2 py-1 text-sm"
            value={viewer}
            onChange={(event) => onViewer(Number(event.target.value))}
          >
            {viewers.map((name, index) => (
              <option key={index} value={index}>
                {name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {widgetInfo ? (
        // As DingTalk gets them: public values in cardData, the chosen user's private values (or
        // the defaults row) in that user's cardPrivateData.
        <LazyWidgetPreview
          testId="card-preview"
          widgetInfo={widgetInfo}
          cardData={split.cardData}
          cardPrivateData={split.cardPrivateData}
          localData={localData}
          eventChains={eventChains}
          theme={theme}
          width={width}
          fallback={<CardPreview tree={tree} data={data} theme={theme} width={width} />}
          frame={(card) => <div className={backdrop}>{card}</div>}
        />
      ) : (
        <div className={backdrop}>
          <CardPreview tree={tree} data={data} theme={theme} width={width} />
        </div>
      )}
    </div>
  );
}
