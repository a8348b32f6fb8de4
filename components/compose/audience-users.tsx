"use client";

import { AlertTriangle, FileText, Upload, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { MAX_RECIPIENTS } from "@/lib/messages/audience.model";
import { cn } from "@/components/ui/cn";
import { FieldShell } from "./field-shell";
import type { AudienceController, AudienceStats } from "./use-audience";

const MALFORMED_SHOWN = 5;

/** Paste or upload userIds; the counts come from the worker, the ids never enter React state. */
export function AudienceUsers({ audience, errorText }: { audience: AudienceController; errorText: string | null }) {
  const t = useTranslations("compose.audience");
  const { fileName, paste } = audience;
  return (
    <div className="flex flex-col gap-4">
      {fileName ? (
        <div
          className="flex items-center justify-between gap-3 rounded-md border border-border bg-background px-3 py-2 text-sm"
          data-testid="audience-file-card"
        >
          <span className="flex min-w-0 items-center gap-2">
            <FileText aria-hidden className="size-4 shrink-0 text-muted" />
            <span className="truncate">{t("fileLoaded", { name: fileName })}</span>
          </span>
          <Button type="button" variant="ghost" size="sm" onClick={audience.clear}>
            <X aria-hidden />
            {t("removeFile")}
          </Button>
        </div>
      ) : (
        <FieldShell id="audience-text" label={t("pasteLabel")} help={t("pasteHelp")} errorText={errorText} required>
          {(control) => (
            <Textarea
              {...control}
              key={paste.version}
              defaultValue={paste.text}
              onChange={(event) => audience.setPastedText(event.target.value)}
              placeholder={t("pastePlaceholder")}
              rows={6}
              spellCheck={false}
              autoComplete="off"
              className="font-mono text-[13px]"
              data-testid="audience-textarea"
            />
          )}
        </FieldShell>
      )}
      <div>
        {/* A styled label opens the picker; the input stays focusable (sr-only, not display:none). */}
        <label className="inline-flex h-8 cursor-pointer items-center gap-2 rounded-md border border-border bg-surface px-3 text-sm font-medium hover:bg-background focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-primary">
          <Upload aria-hidden className="size-4" />
          <span aria-hidden>{t("upload")}</span>
          <input
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            className="sr-only"
            aria-label={t("uploadLabel")}
            id="audience-file"
            data-testid="audience-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) audience.setFile(file);
              // Picking the same file again after removing it must fire change again.
              event.target.value = "";
            }}
          />
        </label>
      </div>
      <AudienceStatsView audience={audience} />
      {fileName && errorText && (
        <p className="text-xs font-medium text-danger" role="alert">
          {errorText}
        </p>
      )}
    </div>
  );
}

function AudienceStatsView({ audience }: { audience: AudienceController }) {
  const t = useTranslations("compose.audience");
  const { state, engine } = audience;
  return (
    <div
      aria-live="polite"
      aria-busy={state.status === "parsing"}
      data-testid="audience-stats"
      data-status={state.status}
      data-engine={engine ?? undefined}
      data-count={state.status === "ready" ? state.stats.count : 0}
      className="rounded-md border border-border bg-background px-3 py-2.5 text-sm"
    >
      {state.status === "parsing" && state.previous ? (
        // A re-read of an edited paste: keep the last counts (dimmed) instead of flashing a progress bar.
        <div className="opacity-60">
          <Counts stats={state.previous} />
        </div>
      ) : state.status === "parsing" ? (
        <div className="flex flex-col gap-2">
          <span className="text-muted">{t("parsing", { percent: state.share })}</span>
          <div className="h-1.5 overflow-hidden rounded-full bg-border" aria-hidden>
            <div
              className="h-full rounded-full bg-primary transition-[width]"
              style={{ width: `${Math.round(state.share * 100)}%` }}
            />
          </div>
        </div>
      ) : state.status === "error" ? (
        <p className="text-danger">{t("readFailed", { reason: state.message })}</p>
      ) : state.status === "ready" ? (
        <div className="flex flex-col gap-2">
          <FileLayout audience={audience} stats={state.stats} />
          {!state.stats.needsColumn && <Counts stats={state.stats} />}
        </div>
      ) : (
        <Counts stats={null} />
      )}
    </div>
  );
}

/** The encoding a file was read as and, for a CSV with a header row, the column the ids came from. */
function FileLayout({ audience, stats }: { audience: AudienceController; stats: AudienceStats }) {
  const t = useTranslations("compose.audience");
  const { columns } = stats;
  return (
    <>
      {stats.encoding && (
        <p className="text-xs text-muted" data-testid="audience-encoding" data-encoding={stats.encoding}>
          {t("readAs", { encoding: stats.encoding })}
        </p>
      )}
      {stats.needsColumn && <p className="text-warning">{t("columnAsk")}</p>}
      {columns && columns.length > 1 && (
        <label className="flex flex-wrap items-center gap-2 text-sm">
          <span>{t("columnLabel")}</span>
          <Select
            value={stats.column ?? ""}
            onChange={(event) => audience.setColumn(Number(event.target.value))}
            className="h-8 sm:max-w-xs"
            data-testid="audience-column"
          >
            {stats.column === null && (
              <option value="" disabled>
                {t("columnChoose")}
              </option>
            )}
            {columns.map((cell, index) => (
              <option key={index} value={index}>
                {cell || `#${index + 1}`}
              </option>
            ))}
          </Select>
        </label>
      )}
    </>
  );
}

function Counts({
  stats,
}: {
  stats: {
    count: number;
    duplicates: number;
    malformed: { value: string; line: number }[];
    malformedTotal: number;
    truncated: boolean;
  } | null;
}) {
  const t = useTranslations("compose.audience");
  if (!stats) return <p className="text-muted">{t("count", { count: 0 })}</p>;
  const hidden = stats.malformedTotal - Math.min(stats.malformed.length, MALFORMED_SHOWN);
  return (
    <div className="flex flex-col gap-2">
      <p className="flex flex-wrap gap-x-4 gap-y-1">
        <span className="font-semibold tabular-nums" data-testid="audience-count">
          {t("count", { count: stats.count })}
        </span>
        <span className="text-muted tabular-nums" data-testid="audience-duplicates">
          {t("duplicates", { count: stats.duplicates })}
        </span>
      </p>
      {stats.malformedTotal > 0 && (
        <div className="text-danger" data-testid="audience-malformed">
          <p className="flex items-center gap-1.5 font-medium">
            <AlertTriangle aria-hidden className="size-4" />
            {t("malformed", { count: stats.malformedTotal })}
          </p>
          <ul className="mt-1 list-inside list-disc font-mono text-xs">
            {stats.malformed.slice(0, MALFORMED_SHOWN).map((item) => (
              <li key={`${item.line}-${item.value}`}>{t("malformedItem", { line: item.line, value: item.value })}</li>
            ))}
          </ul>
          {hidden > 0 && <p className="mt-1 text-xs">{t("malformedMore", { count: hidden })}</p>}
        </div>
      )}
      {stats.truncated && (
        <p className={cn("flex items-center gap-1.5 text-warning")} data-testid="audience-truncated">
          <AlertTriangle aria-hidden className="size-4" />
          {t("truncated", { max: MAX_RECIPIENTS })}
        </p>
      )}
    </div>
  );
}
