"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { queryKeys } from "@/components/messages/query-keys";
import { fetchJson } from "@/lib/core/fetch-json";

// recharts (about 100 KiB compressed) loads where it draws, after the page is interactive.
const ReadChartPlot = dynamic(() => import("./read-chart-plot").then((module) => module.ReadChartPlot), {
  ssr: false,
});

/** Cumulative reads over time, as Dingcast first saw them. */
export function ReadChart({ messageId, live }: { messageId: string; live: boolean }) {
  const t = useTranslations("messageDetail");
  const { data = [] } = useQuery({
    queryKey: queryKeys.readTimeline(messageId),
    queryFn: () =>
      fetchJson(`/api/messages/${messageId}/timeline`, () =>
        import("@/lib/core/dto/message").then((module) => module.readTimelineSchema),
      ),
    refetchInterval: live ? 5_000 : false,
  });
  const points = data.reduce<{ time: number; readers: number }[]>((acc, point) => {
    acc.push({ time: new Date(point.at).getTime(), readers: (acc.at(-1)?.readers ?? 0) + point.reads });
    return acc;
  }, []);
  if (points.length === 0) return null;
  return (
    <figure className="flex flex-col gap-2" data-testid="read-chart">
      <figcaption className="text-sm font-medium">{t("readOverTime")}</figcaption>
      <div className="h-48 w-full">
        <ReadChartPlot points={points} />
      </div>
    </figure>
  );
}
