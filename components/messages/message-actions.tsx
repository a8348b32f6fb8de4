"use client";

import { Ban, RotateCcw, Undo2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { cancelMessageAction, recallMessageAction, resendMessageAction } from "@/lib/actions/messages";
import type { MessageDetail } from "@/lib/core/dto/message";

type Pending = "resend" | "recall" | "cancel" | null;

/** Resend, recall and cancel, each behind an explicit confirmation. */
export function MessageActions({ detail, onChanged }: { detail: MessageDetail; onChanged: () => void }) {
  const t = useTranslations("messageDetail");
  const [confirming, setConfirming] = useState<Pending>(null);
  const onError = ({ error }: { error: { serverError?: { message: string } } }) =>
    toast.error(error.serverError?.message ?? "");
  const resend = useAction(resendMessageAction, {
    onSuccess: ({ data }) => {
      toast.success(t("resent", { count: data?.recipients ?? 0 }));
      onChanged();
    },
    onError,
  });
  const recall = useAction(recallMessageAction, {
    onSuccess: ({ data }) => {
      if (!data) return;
      toast.success(t("recalled", { recalled: data.recalled }));
      if (data.failed.length > 0)
        toast.warning(
          t("recallFailed", {
            count: data.failed.length,
            reasons: [...new Set(data.failed.map((f) => f.reason))].join(", "),
          }),
        );
      onChanged();
    },
    onError,
  });
  const cancel = useAction(cancelMessageAction, {
    onSuccess: () => {
      toast.success(t("cancelled"));
      onChanged();
    },
    onError,
  });

  const retryable =
    detail.audienceType === "users"
      ? detail.counts.failed + detail.counts.unknown
      : detail.chunks.failed + detail.chunks.unknown;
  const canResend =
    ["sent", "partially_failed", "failed"].includes(detail.status) &&
    retryable > 0 &&
    (detail.audienceType === "users" || detail.chunks.sent === 0);
  // DingTalk's recall (otoMessages/batchRecall) takes only the processQueryKeys of batchSend, which
  // cards are not sent with, and no recall of cards is documented (../shared/DESIGN.md, Recall): a
  // card recall could only fail, so it is not offered.
  const sentStatus = ["sent", "partially_failed"].includes(detail.status);
  const canRecall = sentStatus && detail.kind !== "card";
  const cardRecall = sentStatus && detail.kind === "card";
  const canCancel = detail.status === "scheduled";
  const busy = resend.isPending || recall.isPending || cancel.isPending;
  const run = () => {
    const input = { messageId: detail.id };
    if (confirming === "resend") resend.execute(input);
    if (confirming === "recall") recall.execute(input);
    if (confirming === "cancel") cancel.execute(input);
    setConfirming(null);
  };
  if (!canResend && !canRecall && !canCancel && !cardRecall) return null;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        {canResend && (
          <Button
            variant="secondary"
            onClick={() => setConfirming("resend")}
            disabled={busy}
            data-testid="resend-button"
          >
            <RotateCcw aria-hidden /> {t("resend")}
          </Button>
        )}
        {canRecall && (
          <Button
            variant="secondary"
            onClick={() => setConfirming("recall")}
            disabled={busy}
            data-testid="recall-button"
          >
            <Undo2 aria-hidden /> {t("recall")}
          </Button>
        )}
        {canCancel && (
          <Button
            variant="secondary"
            onClick={() => setConfirming("cancel")}
            disabled={busy}
            data-testid="cancel-button"
          >
            <Ban aria-hidden /> {t("cancel")}
          </Button>
        )}
      </div>
      {cardRecall ? (
        <p className="text-sm text-muted" data-testid="card-recall-note">
          {t("recallCardUnsupported")}
        </p>
      ) : null}
      {confirming && (
        <div
          role="alertdialog"
          aria-label={t(confirming)}
          className="rounded-md border border-border bg-background p-3 text-sm"
        >
          <p>
            {confirming === "resend"
              ? t("resendConfirm", { count: retryable })
              : confirming === "recall"
                ? t("recallConfirm")
                : t("cancelConfirm")}
          </p>
          <div className="mt-3 flex gap-2">
            <Button
              size="sm"
              variant={confirming === "resend" ? "primary" : "danger"}
              onClick={run}
              data-testid="confirm-action"
            >
              {t("confirm")}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setConfirming(null)}>
              {t("dismiss")}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
