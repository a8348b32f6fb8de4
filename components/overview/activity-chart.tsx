"use client";

import dynamic from "next/dynamic";
import type { DailyActivity } from "@/lib/core/dto/overview";

// recharts (about 100 KiB compressed) loads where it draws, after the page is interactive; the box
// keeps its height meanwhile, so nothing below it moves.
const ActivityChartPlot = dynamic(() => import("./activity-chart-plot").then((module) => module.ActivityChartPlot), {
  ssr: false,
  loading: () => <div className="h-56 w-full" aria-busy />,
});

/** Messages delivered and read per day (China time), over the overview's window. */
export function ActivityChart({ data }: { data: DailyActivity[] }) {
  return <ActivityChartPlot data={data} />;
}
