import { isMap, numberOf, toStr } from "./values.model";

/**
 * DDChartView's data, read in the shapes a chart variable takes: a list of rows (`[{x, y}]`, or
 * long form `[{x, y, type}]` with one series per type), a map holding such a list under `data`
 * with a `type` (line, bar, area, pie), or an ECharts-style option (`xAxis.data` and `series`).
 */
export interface ChartSeries {
  type: "line" | "bar" | "area" | "pie";
  xKey: string;
  series: string[];
  rows: Record<string, string | number>[];
}

const TYPES = new Set(["line", "bar", "area", "pie"]);
const MAX_ROWS = 500;

function chartType(value: unknown): ChartSeries["type"] {
  const text = toStr(value).toLowerCase();
  if (text.includes("pie") || text.includes("donut")) return "pie";
  if (text.includes("bar") || text.includes("column") || text.includes("histogram")) return "bar";
  if (text.includes("area")) return "area";
  return TYPES.has(text) ? (text as ChartSeries["type"]) : "line";
}

function fromRows(list: readonly unknown[], type: ChartSeries["type"]): ChartSeries | null {
  const rows = list.filter(isMap).slice(0, MAX_ROWS);
  if (rows.length === 0) return null;
  const keys = Object.keys(rows[0] ?? {});
  const numeric = keys.filter((key) => rows.every((row) => numberOf(row[key]) !== undefined || row[key] === undefined));
  const xKey = keys.find((key) => !numeric.includes(key)) ?? keys[0] ?? "x";
  const group = ["type", "name", "series", "group", "category"].find(
    (key) => key !== xKey && keys.includes(key) && !numeric.includes(key),
  );
  const valueKey = numeric.find((key) => key !== xKey);
  if (group && valueKey) {
    // Long form: one row per point, a series per group value.
    const byX = new Map<string, Record<string, string | number>>();
    const series = new Set<string>();
    for (const row of rows) {
      const x = toStr(row[xKey]);
      const name = toStr(row[group]);
      series.add(name);
      const entry = byX.get(x) ?? { [xKey]: x };
      entry[name] = numberOf(row[valueKey]) ?? 0;
      byX.set(x, entry);
    }
    return { type, xKey, series: [...series], rows: [...byX.values()] };
  }
  const series = numeric.filter((key) => key !== xKey);
  if (series.length === 0) return null;
  return {
    type,
    xKey,
    series,
    rows: rows.map((row) => {
      const out: Record<string, string | number> = { [xKey]: toStr(row[xKey]) };
      for (const key of series) out[key] = numberOf(row[key]) ?? 0;
      return out;
    }),
  };
}

function fromOption(option: Record<string, unknown>): ChartSeries | null {
  const series = Array.isArray(option.series) ? option.series.filter(isMap) : [];
  const xAxis = Array.isArray(option.xAxis) ? option.xAxis[0] : option.xAxis;
  const labels = isMap(xAxis) && Array.isArray(xAxis.data) ? xAxis.data.map(toStr) : [];
  if (series.length === 0) return null;
  const names = series.map((entry, index) => toStr(entry.name) || `#${index + 1}`);
  const length = Math.min(
    MAX_ROWS,
    Math.max(labels.length, ...series.map((entry) => (Array.isArray(entry.data) ? entry.data.length : 0))),
  );
  const rows = Array.from({ length }, (_, index) => {
    const row: Record<string, string | number> = { x: labels[index] ?? String(index + 1) };
    series.forEach((entry, s) => {
      const point = Array.isArray(entry.data) ? entry.data[index] : undefined;
      row[names[s] ?? ""] = numberOf(isMap(point) ? point.value : point) ?? 0;
    });
    return row;
  });
  return { type: chartType(series[0]?.type), xKey: "x", series: names, rows };
}

export function chartSeries(value: unknown, typeHint?: unknown): ChartSeries | null {
  let data = value;
  if (typeof data === "string") {
    try {
      data = JSON.parse(data) as unknown;
    } catch {
      return null;
    }
  }
  if (Array.isArray(data)) return fromRows(data, chartType(typeHint));
  if (!isMap(data)) return null;
  if (Array.isArray(data.series)) return fromOption(data);
  const type = chartType(data.type ?? data.chartType ?? typeHint);
  for (const key of ["data", "values", "dataSource", "source"]) {
    const list = data[key];
    if (Array.isArray(list)) return fromRows(list, type);
  }
  return null;
}
