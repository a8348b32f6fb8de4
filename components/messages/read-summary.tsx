"use client";

import { Download, BellRing } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { MessageDetail } from "@/lib/core/dto/message";

/** Read rate, tracking state in words, CSV exports and the remind action. */
export function ReadSummary({ detail, canRemind }: { detail: MessageDetail; canRemind: boolean }) {
  const t = useTranslations("messageDetail");
  const format = useFormatter();
  const { reads } = detail;
  const isChat = detail.audienceType === "conversation";
  const reason =
    reads.endedReason === "expired" || reads.endedReason === "recalled" || reads.endedReason === "deleted"
      ? t(`endedReasons.${reads.endedReason}`)
      : (reads.endedReason ?? "");
  const nonReaders = reads.delivered - reads.readers;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        {reads.rate !== null && !isChat && (
          <p className="text-3xl font-semibold tabular-nums" data-testid="read-rate">
            {t("readRate", { rate: reads.rate })}
          </p>
        )}
        <p className="text-sm text-muted" data-testid="read-count" data-readers={reads.readers}>
          {isChat
            ? t("chatReaders", { readers: reads.readers })
            : t("readersOf", { readers: reads.readers, delivered: reads.delivered })}
        </p>
      </div>
      {!isChat && reads.delivered > 0 && (
        <div className="h-2 overflow-hidden rounded-full bg-background" aria-hidden>
          <div
            className="h-full rounded-full bg-primary"
            style={{ width: `${((reads.rate ?? 0) * 100).toFixed(1)}%` }}
          />
        </div>
      )}
      <p className="text-sm" data-testid="read-tracking" data-tracking={reads.tracking}>
        {reads.tracking === "ended" ? t("tracking.ended", { reason }) : t(`tracking.${reads.tracking}`)}
        {reads.lastPolledAt && (
          <span className="ml-2 text-xs text-muted">
            {t("lastChecked", { at: format.dateTime(new Date(reads.lastPolledAt), { timeStyle: "medium" }) })}
          </span>
        )}
      </p>
      {reads.sendStatus === "RECALLED" && <p className="text-sm text-warning">{t("dingtalkRecalled")}</p>}
      {reads.sendStatus === "PROCESSING" && <p className="text-sm text-muted">{t("dingtalkProcessing")}</p>}
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-muted">{t("exportCsv")}:</span>
        {(["readers", "nonreaders", "all"] as const).map((which) => (
          <Button key={which} asChild variant="secondary" size="sm">
            <a href={`/api/messages/${detail.id}/export?which=${which}`} download data-testid={`export-${which}`}>
              <Download aria-hidden />{" "}
              {which === "readers"
                ? t("exportReaders")
                : which === "nonreaders"
                  ? t("exportNonReaders")
                  : t("exportAll")}
            </a>
          </Button>
        ))}
        {canRemind && !isChat && detail.kind === "robot" && nonReaders > 0 && detail.final && (
          <Button asChild size="sm" data-testid="remind-button">
            <Link href={`/compose?remind=${detail.id}`}>
              <BellRing aria-hidden /> {t("remind")}
            </Link>
          </Button>
        )}
      </div>
    </div>
  );
}
