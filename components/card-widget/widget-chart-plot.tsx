"use client";

import { useTranslations } from "next-intl";
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Line,
  LineChart,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { chartSeries, type ChartSeries } from "@/lib/cards/widget/chart.model";
import { chartPalette } from "@/lib/cards/widget/paint.model";

const CHARTS = { bar: BarChart, area: AreaChart, line: LineChart };
type CartesianType = keyof typeof CHARTS;

/** One series of a bar, area or line chart, in its colour. */
function seriesOf(type: CartesianType, name: string, color: string | undefined) {
  if (type === "bar") return <Bar key={name} dataKey={name} fill={color} isAnimationActive={false} />;
  if (type === "area")
    return <Area key={name} dataKey={name} stroke={color} fill={color} fillOpacity={0.2} isAnimationActive={false} />;
  return <Line key={name} dataKey={name} stroke={color} dot={false} isAnimationActive={false} />;
}

function CartesianPlot({
  chart,
  colors,
  dark,
  still,
}: {
  chart: ChartSeries & { type: CartesianType };
  colors: readonly string[];
  dark: boolean;
  still: boolean;
}) {
  const Chart = CHARTS[chart.type];
  const axis = dark ? "#99EEF2F8" : "#99171A1D";
  return (
    <Chart data={chart.rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={!still}>
      <CartesianGrid strokeDasharray="3 3" stroke={dark ? "#333" : "#E5E5E5"} />
      <XAxis dataKey={chart.xKey} stroke={axis} fontSize={11} />
      <YAxis stroke={axis} fontSize={11} width={36} />
      <Tooltip />
      {chart.series.map((name, index) => seriesOf(chart.type, name, colors[index % colors.length]))}
    </Chart>
  );
}

/**
 * The drawing of widget-chart.tsx, in its own chunk with recharts. `still` (a thumbnail) leaves
 * out recharts' keyboard layer, so the picture holds nothing that takes the focus.
 */
export function WidgetChartPlot({ data, dark, still = false }: { data: unknown; dark: boolean; still?: boolean }) {
  const t = useTranslations("cards.widget");
  const chart = chartSeries(data);
  const colors = chartPalette(dark);
  if (!chart)
    return (
      <div className="flex h-32 w-full items-center justify-center text-xs opacity-60" data-testid="widget-chart-empty">
        {t("chart")}
      </div>
    );
  return (
    <div className="h-40 w-full" data-testid="widget-chart">
      <ResponsiveContainer width="100%" height="100%">
        {chart.type === "pie" ? (
          <PieChart accessibilityLayer={!still}>
            <Pie
              data={chart.rows}
              dataKey={chart.series[0] ?? "y"}
              nameKey={chart.xKey}
              isAnimationActive={false}
              outerRadius="80%"
            >
              {chart.rows.map((_, index) => (
                <Cell key={index} fill={colors[index % colors.length]} />
              ))}
            </Pie>
            <Tooltip />
          </PieChart>
        ) : (
          <CartesianPlot chart={{ ...chart, type: chart.type }} colors={colors} dark={dark} still={still} />
        )}
      </ResponsiveContainer>
    </div>
  );
}
