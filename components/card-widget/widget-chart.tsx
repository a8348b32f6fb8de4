"use client";

import dynamic from "next/dynamic";

/**
 * DDChartView: the chart's evaluated data, drawn with recharts. recharts (about 100 KiB compressed)
 * loads only when a card has a chart (docs/architecture.md).
 */
export const WidgetChart = dynamic(() => import("./widget-chart-plot").then((module) => module.WidgetChartPlot), {
  ssr: false,
  loading: () => <div className="h-full min-h-32 w-full" aria-busy />,
});
