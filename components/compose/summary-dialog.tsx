"use client";

import { AlertTriangle, Send } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { MAX_RECIPIENTS } from "@/lib/messages/audience.model";
import { catalog, type MsgKey } from "@/lib/message-types/catalog";
import { durationParts, estimateSend, USERS_PER_CALL } from "./estimate";
import { useBrowserZone } from "./use-browser-zone";

export interface ReviewDetails {
  msgKey: MsgKey;
  robotCode: string;
  audience: { type: "users"; count: number; truncated: boolean } | { type: "conversation"; openConversationId: string };
  scheduledAt: Date | null;
}

export interface SendLimits {
  qps: number;
  monthlyQuota: number;
  usedThisMonth: number;
}

interface SummaryDialogProps {
  details: ReviewDetails | null;
  limits: SendLimits;
  pending: boolean;
  /** A problem the server reported that belongs to no field; the dialog stays open with it. */
  error: string | null;
  onClose: () => void;
  onConfirm: () => void;
}

/** The numbers an admin checks before a send: who, how many calls, how long, how much quota. */
export function SummaryDialog(props: SummaryDialogProps) {
  const { details, pending, onClose } = props;
  const t = useTranslations();
  return (
    <Dialog
      open={details !== null}
      onClose={onClose}
      dismissible={!pending}
      title={t("compose.review.title")}
      description={t("compose.review.description")}
      closeLabel={t("compose.close")}
      data-testid="summary-dialog"
    >
      {details && <SummaryBody {...props} details={details} />}
    </Dialog>
  );
}

function SummaryBody({
  details,
  limits,
  pending,
  error,
  onClose,
  onConfirm,
}: SummaryDialogProps & { details: ReviewDetails }) {
  const t = useTranslations("compose.review");
  const tRoot = useTranslations();
  const format = useFormatter();
  const zone = useBrowserZone();
  const estimate = estimateSend(
    details.audience.type === "users" ? { type: "users", count: details.audience.count } : { type: "conversation" },
    limits,
  );
  const parts = durationParts(estimate.seconds);
  const duration =
    parts.unit === "lessThanSecond"
      ? t("lessThanSecond")
      : parts.unit === "seconds"
        ? t("seconds", { seconds: parts.seconds })
        : parts.unit === "minutes"
          ? t("minutes", { minutes: parts.minutes, seconds: parts.seconds })
          : t("hours", { hours: parts.hours, minutes: parts.minutes });
  const rows: { label: string; value: ReactNode; hint?: ReactNode; testId: string }[] = [
    { label: t("type"), value: tRoot(catalog[details.msgKey].labelKey), testId: "summary-type" },
    {
      label: t("robot"),
      value: <span className="font-mono text-[13px]">{details.robotCode}</span>,
      testId: "summary-robot",
    },
    {
      label: t("recipients"),
      value:
        details.audience.type === "users"
          ? t("recipientsValue", { count: estimate.recipients })
          : t("conversationValue", { id: details.audience.openConversationId }),
      hint:
        details.audience.type === "users" && details.audience.truncated ? (
          <span className="text-warning">{t("truncated", { max: MAX_RECIPIENTS })}</span>
        ) : undefined,
      testId: "summary-recipients",
    },
    {
      label: t("calls"),
      value: t("callsValue", { count: estimate.calls }),
      hint:
        details.audience.type === "users"
          ? t("callsUsersHint", { perCall: USERS_PER_CALL })
          : t("callsConversationHint"),
      testId: "summary-calls",
    },
    { label: t("duration"), value: t("durationValue", { duration, qps: limits.qps }), testId: "summary-duration" },
    {
      label: t("quota"),
      value: t("quotaShare", { share: estimate.quotaShare, quota: limits.monthlyQuota }),
      hint: t("quotaUsed", { used: limits.usedThisMonth, quota: limits.monthlyQuota }),
      testId: "summary-quota",
    },
    {
      label: t("when"),
      value: details.scheduledAt
        ? `${format.dateTime(details.scheduledAt, { dateStyle: "full", timeStyle: "short", timeZone: zone?.zone })}${zone ? ` (${zone.offset})` : ""}`
        : t("whenNow"),
      testId: "summary-when",
    },
  ];
  return (
    <div className="flex flex-col gap-5">
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]">
        {rows.map((row) => (
          <div key={row.testId} className="contents">
            <dt className="text-muted">{row.label}</dt>
            <dd data-testid={row.testId}>
              <span className="font-medium tabular-nums">{row.value}</span>
              {row.hint && <span className="mt-0.5 block text-xs text-muted">{row.hint}</span>}
            </dd>
          </div>
        ))}
      </dl>
      {estimate.exceedsQuota && (
        <p
          className="flex gap-2 rounded-md border border-warning/40 bg-warning/10 p-3 text-sm text-warning"
          data-testid="summary-quota-warning"
        >
          <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" />
          {t("quotaExceeded", { quota: limits.monthlyQuota })}
        </p>
      )}
      {error && (
        <div
          role="alert"
          className="rounded-md border border-danger/30 bg-danger/5 p-3 text-sm"
          data-testid="summary-error"
        >
          <p className="font-medium text-danger">{t("failed")}</p>
          <p className="mt-1">{error}</p>
        </div>
      )}
      <div className="flex flex-wrap justify-end gap-3">
        <Button type="button" variant="secondary" onClick={onClose} disabled={pending}>
          {t("back")}
        </Button>
        <Button type="button" onClick={onConfirm} disabled={pending} data-testid="send-button">
          <Send aria-hidden />
          {pending ? t("sending") : details.scheduledAt ? t("confirmSchedule") : t("confirmNow")}
        </Button>
      </div>
    </div>
  );
}
