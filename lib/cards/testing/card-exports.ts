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

/** What a recipient sees first (mock data, no local data), in Chinese and in English. */
export const FIRST_SCREEN: Record<ExportName, { zh: string[]; en: string[] }> = {
  "weekly-report-tabs": {
    zh: ["华东区销售周报", "2024 第 23 周", "更新于 06-07 17:00", "概览", "趋势", "说明", "新增客户", "128", "↑ 12.5%"],
    en: ["Updated 06-07 17:00", "Overview", "Trend", "Notes", "¥86.4万", "↓ 3.2%", "Details", "Mark as read"],
  },
  "ai-assistant": {
    zh: ["行政助理", "内容由 AI 生成", "Q：下周三下午有哪些会议室空闲？", "参考来源 2", "会议室预订规则", "有帮助吗？"],
    en: ["AI generated", "Sources 2", "行政服务手册", "Was this helpful?"],
  },
  "group-signup": {
    zh: ["周六西溪湿地团建接龙", "截止 01月01日 08:00 · 已接龙 3/20", "1.", "朱小志", "产品部", "自驾", "带家属 1 人"],
    en: ["Closes 01月01日 08:00 · Joined 3/20", "I will join (pick any)", "午餐", "班车", "Join"],
  },
  "app-dashboard": {
    zh: [
      "数字化工作台月报",
      "审批",
      "日志",
      "3",
      "12",
      "各部门使用次数",
      "产品部",
      "朱小志 · 产品部",
      "数据截至 2024-06-01",
    ],
    en: ["Uses by department", "Li Lei · 研发部", "Data as of 2024-06-01"],
  },
};

export const exportPath = (name: ExportName) => path.join(EXPORT_DIR, `${name}.json`);

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
