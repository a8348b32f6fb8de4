import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Card-builder exports written here (tests/fixtures/card-exports), beyond the five in
 * ../shared/card-templates: a multi-tab report, an AI card, a group sign-up list and a dashboard,
 * using views, functions and attributes the shared fixtures do not (GridLayout, DDFlowLayout,
 * DDChartView, DDTextInput, DDAnimationView, DDCSSStyleView, nested lists, gradients, folds…).
 *
 * Each is kept as its readable sources, `src/<name>.xml` (the widgetInfo) and `src/<name>.editor.json`
 * (editorData), and as the export the builder would download, `<name>.json`, built from them by
 * buildExport (card-exports.test.ts checks they agree; UPDATE_CARD_EXPORTS=1 rewrites them).
 */
export const EXPORT_DIR = path.resolve(import.meta.dirname, "../../../tests/fixtures/card-exports");
export const EXPORT_NAMES = ["weekly-report-tabs", "ai-assistant", "group-signup", "app-dashboard"] as const;
export type ExportName = (typeof EXPORT_NAMES)[number];

export const exportPath = (name: ExportName) => path.join(EXPORT_DIR, `${name}.json`);

export function exportText(name: ExportName): string {
  return readFileSync(exportPath(name), "utf8");
}

/** The export as the builder writes it: editorData as JSON text, quotes in the layout as &#039;. */
export function buildExport(name: ExportName): string {
  const xml = readFileSync(path.join(EXPORT_DIR, "src", `${name}.xml`), "utf8");
  const editor = JSON.parse(readFileSync(path.join(EXPORT_DIR, "src", `${name}.editor.json`), "utf8")) as unknown;
  const exported = {
    editorData: JSON.stringify(editor),
    widgetInfo: xml.replaceAll("'", "&#039;"),
    type: "im",
    mode: "card",
  };
  return `${JSON.stringify(exported, null, 2)}\n`;
}
