"use client";

import { useTranslations } from "next-intl";
import { FLOW_STATUSES, streamedPart, type AiFields } from "@/lib/cards/widget/ai.model";

export interface AiState {
  /** A flowStatus to preview, or "" for the one in the data. */
  status: string;
  /** The share of the content streamed so far (0…1). */
  streamed: number;
}

/** The card data with the previewed state and the content cut to what has streamed. */
export function applyAiState(
  cardData: Readonly<Record<string, unknown>>,
  ai: AiFields,
  state: AiState,
): Readonly<Record<string, unknown>> {
  if (!ai.status || (state.status === "" && state.streamed >= 1)) return cardData;
  const data: Record<string, unknown> = { ...cardData };
  if (state.status) data.flowStatus = state.status;
  const field = ai.content[0];
  const value = field === undefined ? undefined : data[field];
  if (field !== undefined && typeof value === "string" && state.streamed < 1)
    data[field] = streamedPart(value, state.streamed);
  return data;
}

export function AiControls({ ai, state, onChange }: { ai: AiFields; state: AiState; onChange(state: AiState): void }) {
  const t = useTranslations("cards.widget");
  const field = ai.content[0];
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm" data-testid="widget-ai-controls">
      <label className="flex items-center gap-2">
        {t("aiState")}
        <select
          className="rounded-md border border-border bg-surface px-2 py-1 text-sm"
          value={state.status}
          data-testid="widget-ai-state"
          onChange={(event) => onChange({ ...state, status: event.target.value })}
        >
          <option value="">{t("aiAsData")}</option>
          {FLOW_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`ai${status}`)}
            </option>
          ))}
        </select>
      </label>
      {field ? (
        <label className="flex items-center gap-2">
          {t("streamed", { field })}
          <input
            type="range"
            min={0}
            max={100}
            step={5}
            value={Math.round(state.streamed * 100)}
            data-testid="widget-ai-streamed"
            onChange={(event) => onChange({ ...state, streamed: Number(event.target.value) / 100 })}
          />
        </label>
      ) : null}
    </div>
  );
}
