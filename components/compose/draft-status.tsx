"use client";

import { AlertTriangle, Check, Loader2 } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { translateIssue } from "@/lib/message-types/validation-messages";
import type { DraftStatus } from "./use-draft-autosave";
import { useBrowserZone } from "./use-browser-zone";

export function DraftStatusLine({ status }: { status: DraftStatus }) {
  const t = useTranslations("compose.draft");
  const root = useTranslations();
  const format = useFormatter();
  const zone = useBrowserZone();
  return (
    <p
      role="status"
      className="flex min-h-5 items-center gap-1.5 text-xs text-muted"
      data-testid="draft-status"
      data-state={status.kind}
      data-saved-at={status.kind === "saved" ? status.at.getTime() : undefined}
    >
      {status.kind === "saving" && (
        <>
          <Loader2 aria-hidden className="size-3.5 animate-spin" />
          {t("saving")}
        </>
      )}
      {status.kind === "saved" && (
        <>
          <Check aria-hidden className="size-3.5 text-success" />
          {t("savedAt", {
            time: format.dateTime(status.at, {
              hour: "2-digit",
              minute: "2-digit",
              second: "2-digit",
              hour12: false,
              timeZone: zone?.zone,
            }),
          })}
        </>
      )}
      {status.kind === "failed" && (
        <span className="flex items-center gap-1.5 text-warning">
          <AlertTriangle aria-hidden className="size-3.5" />
          {status.reason ? t("refused", { reason: translateIssue(status.reason, root) }) : t("failed")}
        </span>
      )}
      {status.kind === "idle" && status.restored && t("restored")}
    </p>
  );
}
