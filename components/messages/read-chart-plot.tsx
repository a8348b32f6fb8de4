"use client";

import { useFormatter } from "next-intl";
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** The drawing of components/messages/read-chart.tsx, in its own chunk with recharts. */
export function ReadChartPlot({ points }: { points: { time: number; readers: number }[] }) {
  const format = useFormatter();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <AreaChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--color-border)" />
        <XAxis
          dataKey="time"
          type="number"
          domain={["dataMin", "dataMax"]}
          tickFormatter={(value: number) => format.dateTime(new Date(value), { timeStyle: "short" })}
          stroke="var(--color-muted)"
          fontSize={12}
        />
        <YAxis allowDecimals={false} stroke="var(--color-muted)" fontSize={12} width={40} />
        <Tooltip
          labelFormatter={(value) =>
            format.dateTime(new Date(Number(value)), { dateStyle: "short", timeStyle: "short" })
          }
        />
        <Area
          type="stepAfter"
          dataKey="readers"
          stroke="var(--color-primary)"
          fill="var(--color-primary)"
          fillOpacity={0.15}
          isAnimationActive={false}
        />
      </AreaChart>
    </ResponsiveContainer>
  );
}
