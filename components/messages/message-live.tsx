"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { QueryProvider } from "@/components/query-provider";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import type { MessageDetail } from "@/lib/core/dto/message";
import { fetchJson } from "@/lib/core/fetch-json";
import { queryKeys } from "@/components/messages/query-keys";
import { DeliveryCounts } from "./delivery-counts";
import { MessageActions } from "./message-actions";
import { ReadChart } from "./read-chart";
import { ReadSummary } from "./read-summary";
import { RecipientTable } from "./recipient-table";
import { StatusBadge } from "./status-badge";

// The answers' schemas load with the first refresh, after the page is interactive (fetch-json.ts).
const loadDetailSchema = () => import("@/lib/core/dto/message").then((module) => module.messageDetailSchema);

/** The live part of the message page: polls Dingcast (never DingTalk) until the send is final. */
/** `canManage`: a sender or admin, who may resend, recall, cancel and remind. */
export function MessageLive(props: { initial: MessageDetail; canManage: boolean }) {
  return (
    <QueryProvider>
      <MessageLiveContent {...props} />
    </QueryProvider>
  );
}

function MessageLiveContent({ initial, canManage }: { initial: MessageDetail; canManage: boolean }) {
  const t = useTranslations("messageDetail");
  const format = useFormatter();
  const queryClient = useQueryClient();
  const { data: detail = initial } = useQuery({
    queryKey: queryKeys.message(initial.id),
    queryFn: () => fetchJson(`/api/messages/${initial.id}`, loadDetailSchema),
    initialData: initial,
    refetchInterval: (query) => {
      const data = query.state.data;
      if (!data) return 1_000;
      if (!data.final) return 1_000;
      return data.reads.tracking === "active" || data.reads.tracking === "pending" ? 5_000 : false;
    },
  });
  // Still worth refreshing while reads are being tracked, not only while sending.
  const live = !detail.final || detail.reads.tracking === "active";
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["message", detail.id] });

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <StatusBadge status={detail.status} />
        {detail.scheduledAt && detail.status === "scheduled" && (
          <span className="text-sm text-muted">
            {t("scheduledFor", {
              at: format.dateTime(new Date(detail.scheduledAt), { dateStyle: "medium", timeStyle: "short" }),
            })}
          </span>
        )}
      </div>
      <Card>
        <CardTitle>{t("progress")}</CardTitle>
        <CardDescription>{live ? t("progressHint") : null}</CardDescription>
        <div className="mt-4">
          {detail.audienceType === "users" ? (
            <DeliveryCounts counts={detail.counts} />
          ) : (
            <p className="text-sm" data-testid="conversation-call">
              {t("call")}:{" "}
              {Object.entries(detail.chunks)
                .filter(([, n]) => n > 0)
                .map(([state, n]) => `${state} ${n}`)
                .join(", ")}
              <span className="mt-1 block text-xs text-muted">{t("conversationNote")}</span>
            </p>
          )}
          {detail.counts.unknown > 0 && <p className="mt-3 text-xs text-muted">{t("unknownExplained")}</p>}
        </div>
        <div className="mt-4">{canManage && <MessageActions detail={detail} onChanged={refresh} />}</div>
      </Card>
      {detail.final && detail.status !== "cancelled" && (
        <Card>
          <CardTitle>{t("readTitle")}</CardTitle>
          <div className="mt-4 flex flex-col gap-6">
            <ReadSummary detail={detail} canRemind={canManage} />
            <ReadChart messageId={detail.id} live={live} />
          </div>
        </Card>
      )}
      {(detail.audienceType === "users" || detail.reads.readers > 0) && (
        <Card>
          <CardTitle>{t("recipients")}</CardTitle>
          <div className="mt-4">
            <RecipientTable messageId={detail.id} live={live} />
          </div>
        </Card>
      )}
    </div>
  );
}
