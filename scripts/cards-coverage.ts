/**
 * How much of card-builder exports the widgetInfo renderer knows:
 * `npm run cards:coverage -- FILE...` (an export's JSON, or a widgetInfo XML file).
 * Prints per file the views and functions the layout uses, and any the renderer does not know
 * (and design tokens with neither fallback nor table entry). Exits 1 when any file has an unknown
 * view, function or unreadable value, 2 when a file cannot be read at all.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseWidgetInfo } from "../components/card-widget/parse-widget";
import { widgetInfoOf } from "../lib/cards/card-export.model";
import { analyzeLayout, summarize, type LayoutCoverage } from "../lib/cards/widget/coverage.model";

const list = (counts: Map<string, number>) =>
  [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, count]) => `${name}×${count}`)
    .join(", ") || "none";

function widgetInfoFromFile(file: string): string | null {
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  if (text.trimStart().startsWith("<")) return text;
  return widgetInfoOf(JSON.parse(text) as unknown);
}

function report(name: string, coverage: LayoutCoverage, complete: boolean): string {
  return [
    `${name}: ${coverage.elements} views, ${Math.floor(coverage.ratio * 1000) / 10}% drawn${complete ? "" : " (INCOMPLETE)"}`,
    `  views used:        ${list(coverage.views)}`,
    `  functions used:    ${list(coverage.functions)}`,
    `  unknown views:     ${list(coverage.unknownViews)}`,
    `  unknown functions: ${list(coverage.unknownFunctions)}`,
    `  unreadable values: ${coverage.syntaxErrors}`,
    `  tokens without a value: ${[...coverage.missingTokens].join(", ") || "none"}`,
    `  attributes not drawn: ${list(coverage.ignoredAttributes)}`,
  ].join("\n");
}

function main(files: readonly string[]): number {
  if (files.length === 0) {
    console.error("usage: npm run cards:coverage -- FILE...");
    return 2;
  }
  let status = 0;
  for (const file of files) {
    const name = path.basename(file);
    let xml: string | null;
    try {
      xml = widgetInfoFromFile(file);
    } catch (error) {
      console.error(`${name}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
      status = 2;
      continue;
    }
    if (xml === null) {
      console.log(`${name}: no widgetInfo (the preview draws the builder's component tree)`);
      continue;
    }
    const parsed = parseWidgetInfo(xml);
    if (parsed.error) {
      console.log(`${name}: widgetInfo is not well-formed XML`);
      status = Math.max(status, 1);
      continue;
    }
    const coverage = analyzeLayout(parsed.elements);
    const { complete } = summarize(coverage);
    console.log(report(name, coverage, complete));
    if (!complete) status = Math.max(status, 1);
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
