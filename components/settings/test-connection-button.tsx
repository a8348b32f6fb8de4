"use client";

import { CheckCircle2, PlugZap, XCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui/button";
import { testConnectionAction } from "@/lib/actions/connection";

export function TestConnectionButton() {
  const t = useTranslations("settings");
  const { execute, result, isPending } = useAction(testConnectionAction);
  const outcome = result.data;
  const serverError = result.serverError;

  return (
    <div className="flex flex-col gap-3">
      <div>
        <Button type="button" onClick={() => execute()} disabled={isPending}>
          <PlugZap aria-hidden />
          {isPending ? t("testing") : t("testConnection")}
        </Button>
      </div>
      <div aria-live="polite" data-testid="connection-result">
        {outcome?.ok && (
          <p className="flex items-center gap-2 text-sm text-success">
            <CheckCircle2 aria-hidden className="size-4" />
            {t("testSuccess", { ms: outcome.durationMs })}
          </p>
        )}
        {outcome && !outcome.ok && (
          <div role="alert" className="rounded-md border border-danger/30 bg-danger/5 p-3 text-sm">
            <p className="flex items-center gap-2 font-medium text-danger">
              <XCircle aria-hidden className="size-4" />
              {t("testFailed")}: {outcome.title}
            </p>
            <p className="mt-1">{outcome.explanation}</p>
            {outcome.action && (
              <p className="mt-1">
                <span className="font-medium">{t("whatToDo")}:</span> {outcome.action}
              </p>
            )}
            <p className="mt-1 font-mono text-xs text-muted">
              {outcome.code}
              {outcome.requestId ? ` · ${outcome.requestId}` : ""}
            </p>
          </div>
        )}
        {serverError && (
          <p role="alert" className="text-sm text-danger">
            {serverError.message}
          </p>
        )}
      </div>
    </div>
  );
}
