"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, type ReactNode } from "react";
import { answerPrompt, runTap, type PromptReply, type TapResult } from "@/lib/cards/widget/actions.model";
import { aiFields } from "@/lib/cards/widget/ai.model";
import { analyzeLayout, summarize } from "@/lib/cards/widget/coverage.model";
import { buildRender } from "@/lib/cards/widget/layout.model";
import { DARK_CARD, DARK_TEXT, LIGHT_CARD, LIGHT_TEXT } from "@/lib/cards/widget/paint.model";
import type { Action } from "@/lib/cards/widget/values.model";
import { NodeBoundary } from "@/components/card-preview/node-boundary";
import { ActionLog } from "./action-log";
import { AiControls, applyAiState, type AiState } from "./ai-controls";
import { parseWidgetInfo } from "./parse-widget";
import { WidgetNode } from "./widget-node";

export interface WidgetPreviewProps {
  widgetInfo: string;
  /** The card's values (public, private defaults and the chosen user's private values). */
  cardData: Readonly<Record<string, unknown>>;
  cardPrivateData: Readonly<Record<string, unknown>>;
  /** The builder's sample local state (mockData.localData). */
  localData?: Readonly<Record<string, unknown>>;
  /** The builder's event chains by handler id (what a tap on an input or a prompt runs). */
  eventChains?: Readonly<Record<string, unknown>>;
  theme: "light" | "dark";
  width: "mobile" | "desktop";
  testId?: string;
  /** Drawn instead when the widgetInfo does not parse (the component-tree preview). */
  fallback?: ReactNode;
  /**
   * Wraps the card alone (a backdrop in the card's theme); the state controls, the coverage line
   * and the tap log stay outside it, in the page's own colours.
   */
  frame?(card: ReactNode): ReactNode;
  /** The card alone, without the state controls, the coverage line and the tap log (a gallery thumbnail). */
  thumbnail?: boolean;
}

const EMPTY: Readonly<Record<string, unknown>> = {};

/**
 * Draws a card from its widgetInfo, the layout DingTalk's client draws, with the chosen data and
 * theme; taps change local data or say what they would send or open; a line under the card says
 * whether every view and function of the layout is drawn.
 */
export function WidgetPreview({
  widgetInfo,
  cardData,
  cardPrivateData,
  localData = EMPTY,
  eventChains = EMPTY,
  theme,
  width,
  testId = "widget-preview",
  fallback = null,
  frame = (card) => card,
  thumbnail = false,
}: WidgetPreviewProps) {
  const t = useTranslations("cards.widget");
  const locale = useLocale() === "en" ? "en_US" : "zh_CN";
  const parsed = useMemo(() => parseWidgetInfo(widgetInfo), [widgetInfo]);
  const coverage = useMemo(() => summarize(analyzeLayout(parsed.elements)), [parsed]);
  const ai = useMemo(() => aiFields(parsed.elements), [parsed]);
  const [now] = useState(() => Date.now());
  const [local, setLocal] = useState<{ base: unknown; data: Readonly<Record<string, unknown>> } | null>(null);
  const [tap, setTap] = useState<TapResult | null>(null);
  const [aiState, setAiState] = useState<AiState>({ status: "", streamed: 1 });
  // Local changes belong to the sample they were made on: new sample data starts over.
  const currentLocal = local && local.base === localData ? local.data : localData;
  const dark = theme === "dark";
  const cardWidth = width === "mobile" ? 360 : 520;
  const data = useMemo(() => applyAiState(cardData, ai, aiState), [cardData, ai, aiState]);
  const result = useMemo(
    () =>
      buildRender(parsed.elements, {
        cardData: data,
        cardPrivateData,
        localData: currentLocal,
        dark,
        width: cardWidth,
        env: width === "mobile" ? "ios" : "pc",
        locale,
        now,
      }),
    [parsed, data, cardPrivateData, currentLocal, dark, cardWidth, width, locale, now],
  );
  const context = { events: result.events, chains: eventChains, evaluate: result.evaluate, locale };
  const apply = (outcome: TapResult) => {
    if (outcome.localData) setLocal({ base: localData, data: outcome.localData });
    setTap(outcome);
  };
  const onTap = (actions: readonly Action[]) => apply(runTap(actions, currentLocal, context));
  const onAnswer = (reply: PromptReply) => apply(answerPrompt(reply, currentLocal, context));
  if (parsed.error || parsed.elements.length === 0)
    return (
      <div className="flex w-full flex-col gap-3">
        <p className="text-xs text-muted" data-testid="widget-unreadable">
          {t("unreadable")}
        </p>
        {frame(fallback)}
      </div>
    );
  return (
    <div className="flex w-full flex-col gap-3">
      {ai.status && !thumbnail ? <AiControls ai={ai} state={aiState} onChange={setAiState} /> : null}
      {frame(
        <section
          aria-label={t("label")}
          data-testid={testId}
          data-theme={theme}
          data-width={width}
          // A thumbnail is a picture: nothing in it is focused or tapped.
          inert={thumbnail}
          style={{
            width: cardWidth,
            maxWidth: "100%",
            color: dark ? DARK_TEXT : LIGHT_TEXT,
            backgroundColor: dark ? DARK_CARD : LIGHT_CARD,
            fontSize: 14,
            lineHeight: 1.4,
            overflow: "hidden",
            borderRadius: 8,
          }}
          className="shadow-sm"
        >
          {result.root ? (
            // The model never throws; this keeps an unexpected React error to the card (the page stays).
            <NodeBoundary key={widgetInfo.length} fallback={fallback}>
              <WidgetNode node={result.root} dark={dark} onTap={onTap} still={thumbnail} />
            </NodeBoundary>
          ) : null}
        </section>,
      )}
      {thumbnail ? null : (
        <>
          <p className="text-xs text-muted" data-testid="widget-coverage" data-complete={coverage.complete}>
            {coverage.complete
              ? t("complete")
              : t("partial", { ratio: Math.floor(coverage.ratio * 100) / 100, names: coverage.missing.join(", ") })}
          </p>
          <ActionLog tap={tap} onReset={() => (setLocal(null), setTap(null))} onAnswer={onAnswer} />
        </>
      )}
    </div>
  );
}
