"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DailyActivity } from "@/lib/core/dto/overview";

/** The drawing of activity-chart.tsx, in its own chunk with recharts. */
export function ActivityChartPlot({ data }: { data: DailyActivity[] }) {
  const t = useTranslations("overview");
  const format = useFormatter();
  const label = (day: string) => format.dateTime(new Date(`${day}T00:00:00+08:00`), { month: "short", day: "numeric" });
  return (
    <div className="h-56 w-full" data-testid="activity-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--color-border)" />
          <XAxis dataKey="day" tickFormatter={label} stroke="var(--color-muted)" fontSize={12} />
          <YAxis allowDecimals={false} stroke="var(--color-muted)" fontSize={12} width={48} />
          <Tooltip labelFormatter={(value) => label(String(value))} />
          <Legend />
          <Bar dataKey="delivered" name={t("delivered")} fill="var(--color-primary)" isAnimationActive={false} />
          <Bar dataKey="reads" name={t("reads")} fill="var(--color-success)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
