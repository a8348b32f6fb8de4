import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActivityChart } from "@/components/overview/activity-chart";
import { QuotaMeter } from "@/components/overview/quota-meter";
import { RecentMessages } from "@/components/overview/recent-messages";
import { RecentCalls } from "@/components/overview/recent-calls";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/runtime/session";
import { listRecentApiCalls } from "@/lib/ledger/recent";
import { getMonthlyUsage } from "@/lib/ledger/usage";
import { dailyActivity, listRecentMessages } from "@/lib/overview/activity";
import { getRuntime } from "@/lib/runtime/runtime";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("overview"))("title") };
}

export default async function OverviewPage() {
  await requireSession();
  const { database, connection } = await getRuntime();
  const [t, usage, calls, recent, activity] = await Promise.all([
    getTranslations("overview"),
    getMonthlyUsage(database.db, connection.monthlyQuota),
    listRecentApiCalls(database.db),
    listRecentMessages(database.db),
    dailyActivity(database.db),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} />
      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <CardTitle>{t("connection")}</CardTitle>
          <CardDescription>
            {t("mode")}: {connection.mode === "sandbox" ? t("modeSandbox") : t("modeLive")}
          </CardDescription>
          <p className="mt-2 font-mono text-xs text-muted">{connection.apiBase}</p>
        </Card>
        <QuotaMeter usage={usage} />
      </div>
      <RecentMessages messages={recent} />
      <Card>
        <CardTitle>{t("activity")}</CardTitle>
        <div className="mt-4">
          <ActivityChart data={activity} />
        </div>
      </Card>
      <RecentCalls calls={calls} />
    </div>
  );
}
