"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { RecipientCounts } from "@/lib/core/dto/message";
import type { RecipientState } from "@/lib/core/message-states";
import { cn } from "@/components/ui/cn";

const segments: { state: RecipientState; bar: string; text: string }[] = [
  { state: "sent", bar: "bg-success", text: "text-success" },
  { state: "pending", bar: "bg-border", text: "text-muted" },
  { state: "throttled", bar: "bg-warning", text: "text-warning" },
  { state: "unknown", bar: "bg-warning/60", text: "text-warning" },
  { state: "invalid", bar: "bg-danger/60", text: "text-danger" },
  { state: "failed", bar: "bg-danger", text: "text-danger" },
];

/** A stacked bar and one figure per recipient state. */
export function DeliveryCounts({ counts }: { counts: RecipientCounts }) {
  const t = useTranslations("recipientState");
  const format = useFormatter();
  const total = Math.max(counts.total, 1);
  return (
    <div className="flex flex-col gap-4">
      <div
        className="flex h-3 overflow-hidden rounded-full bg-background"
        role="img"
        aria-label={segments.map((s) => `${t(s.state)} ${counts[s.state]}`).join(", ")}
      >
        {segments.map((segment) =>
          counts[segment.state] > 0 ? (
            <div
              key={segment.state}
              className={segment.bar}
              style={{ width: `${(counts[segment.state] / total) * 100}%` }}
            />
          ) : null,
        )}
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {segments.map((segment) => (
          <div key={segment.state} className="rounded-md border border-border p-3">
            <dt className="text-xs text-muted">{t(segment.state)}</dt>
            <dd
              className={cn("mt-1 text-xl font-semibold tabular-nums", counts[segment.state] > 0 && segment.text)}
              data-testid={`count-${segment.state}`}
            >
              {format.number(counts[segment.state])}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
