import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import type { MonthlyUsage } from "@/lib/core/dto/overview";
import { cn } from "@/components/ui/cn";

export async function QuotaMeter({ usage }: { usage: MonthlyUsage }) {
  const t = await getTranslations("overview");
  const format = await getFormatter();
  const share = Math.min(1, usage.used / usage.quota);
  return (
    <Card>
      <CardTitle>{t("quota")}</CardTitle>
      <p className="mt-3 text-2xl font-semibold tabular-nums" data-testid="quota-used">
        {t("quotaOf", { used: usage.used, quota: usage.quota })}
      </p>
      <div
        className="mt-3 h-2 overflow-hidden rounded-full bg-background"
        role="meter"
        aria-label={t("quota")}
        aria-valuemin={0}
        aria-valuemax={usage.quota}
        aria-valuenow={usage.used}
      >
        <div
          className={cn("h-full rounded-full", share > 0.9 ? "bg-danger" : share > 0.7 ? "bg-warning" : "bg-primary")}
          style={{ width: `${(share * 100).toFixed(1)}%` }}
        />
      </div>
      <p className="mt-3 text-xs text-muted">
        {t("quotaHint", { since: usage.since, quota: usage.quota })}{" "}
        <span className="sr-only">{format.number(share, { style: "percent" })}</span>
      </p>
    </Card>
  );
}
