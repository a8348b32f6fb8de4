"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { queryKeys } from "@/lib/query-keys";

interface TimelinePoint {
  at: string;
  reads: number;
}

/** Cumulative reads over time, as Dingcast first saw them. */
export function ReadChart({ messageId, live }: { messageId: string; live: boolean }) {
  const t = useTranslations("messageDetail");
  const format = useFormatter();
  const { data = [] } = useQuery({
    queryKey: queryKeys.readTimeline(messageId),
    queryFn: async (): Promise<TimelinePoint[]> => {
      const response = await fetch(`/api/messages/${messageId}/timeline`);
      if (!response.ok) throw new Error(`timeline: HTTP ${response.status}`);
      return (await response.json()) as TimelinePoint[];
    },
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
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--color-border)" />
            <XAxis dataKey="time" type="number" domain={["dataMin", "dataMax"]} tickFormatter={(value: number) => format.dateTime(new Date(value), { timeStyle: "short" })} stroke="var(--color-muted)" fontSize={12} />
            <YAxis allowDecimals={false} stroke="var(--color-muted)" fontSize={12} width={40} />
            <Tooltip labelFormatter={(value) => format.dateTime(new Date(Number(value)), { dateStyle: "short", timeStyle: "short" })} />
            <Area type="stepAfter" dataKey="readers" stroke="var(--color-primary)" fill="var(--color-primary)" fillOpacity={0.15} isAnimationActive={false} />
          </AreaChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
