import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseWidgetInfo } from "@/components/card-widget/parse-widget";
import { parseCardExport, type ParsedCardTemplate } from "@/lib/cards/card-export.model";
import { EXPORT_NAMES, FIRST_SCREEN, buildExport, exportPath, type ExportName } from "@/lib/cards/testing/card-exports";
import { runTap } from "./actions.model";
import { analyzeLayout, summarize } from "./coverage.model";
import { buildRender, type RenderNode, type RenderOptions } from "./layout.model";

/**
 * The exports written for this repository (lib/cards/testing/card-exports.ts): every view and
 * function known, nothing drawn as a placeholder, and the texts of the first screen present, in
 * both languages and themes; their tabs, folds, ticks and private values work.
 */

function template(name: ExportName): ParsedCardTemplate {
  const parsed = parseCardExport(readFileSync(exportPath(name), "utf8"));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.template;
}

function draw(name: ExportName, options: Partial<RenderOptions> = {}) {
  const card = template(name);
  const elements = parseWidgetInfo(card.widgetInfo ?? "").elements;
  return buildRender(elements, {
    cardData: card.mockData.cardData,
    cardPrivateData: card.mockData.cardPrivateData,
    localData: {},
    dark: false,
    width: 360,
    env: "ios",
    now: Date.UTC(2024, 5, 8),
    ...options,
  });
}

const all = (node: RenderNode | null): RenderNode[] => (node ? [node, ...node.children.flatMap(all)] : []);
const visible = (node: RenderNode | null): RenderNode[] =>
  node && node.css.visibility !== "hidden" ? [node, ...node.children.flatMap(visible)] : [];
const texts = (node: RenderNode | null) =>
  visible(node).flatMap((entry) => [entry.text ?? "", entry.markdown ?? ""].filter((text) => text !== ""));
/** The taps of the innermost tappable view holding this text (the first such view). */
function tapsFor(root: RenderNode | null, text: string) {
  const search = (node: RenderNode, taps: RenderNode["taps"]): RenderNode["taps"] => {
    const own = node.taps.length > 0 ? node.taps : taps;
    if (node.text === text && own.length > 0) return own;
    for (const child of node.children) {
      const found = search(child, own);
      if (found.length > 0) return found;
    }
    return [];
  };
  return root ? search(root, []) : [];
}

describe("card-builder exports beyond the shared fixtures", () => {
  it.each(EXPORT_NAMES)("%s: the committed export is built from its sources", (name) => {
    const built = buildExport(name);
    if (process.env.UPDATE_CARD_EXPORTS === "1") writeFileSync(exportPath(name), built);
    expect(readFileSync(exportPath(name), "utf8")).toBe(built);
  });

  it.each(EXPORT_NAMES)("%s: every view and function known, no placeholder, the first screen's texts", (name) => {
    const card = template(name);
    const elements = parseWidgetInfo(card.widgetInfo ?? "").elements;
    const coverage = analyzeLayout(elements);
    expect(summarize(coverage)).toMatchObject({ complete: true, missing: [] });
    expect(coverage.syntaxErrors).toBe(0);
    expect([...coverage.missingTokens]).toEqual([]);
    for (const dark of [false, true])
      for (const [locale, expected] of [
        ["zh_CN", FIRST_SCREEN[name].zh],
        ["en_US", FIRST_SCREEN[name].en],
      ] as const) {
        const result = draw(name, { dark, locale });
        expect(all(result.root).filter((node) => node.kind === "unknown")).toEqual([]);
        expect(result.unknownFunctions.size + result.unknownViews.size + result.syntaxErrors).toBe(0);
        const shown = texts(result.root);
        for (const text of expected) expect(shown, `${name} ${locale} dark=${dark}`).toContain(text);
      }
  });

  it("weekly report: a tab tap changes local data and shows that tab; the collapse panel opens and closes", () => {
    const first = draw("weekly-report-tabs");
    expect(all(first.root).some((node) => node.kind === "chart")).toBe(false);
    const tab = runTap(tapsFor(first.root, "趋势"), {}, { events: first.events });
    expect(tab.localData).toEqual({ tabIndex: 1 });
    const trend = draw("weekly-report-tabs", { localData: tab.localData ?? {} });
    expect(texts(trend.root)).toContain("近七日成交额（万元）");
    expect(texts(trend.root)).not.toContain("新增客户");
    expect(all(trend.root).find((node) => node.kind === "chart")?.chart).toMatchObject({ type: "lineChart" });

    const notes = draw("weekly-report-tabs", { localData: { tabIndex: 2 } });
    const rules = "成交额按合同签订日统计，含税；回款率 = 本周回款 ÷ 本周应收。";
    expect(texts(notes.root)).not.toContain(rules);
    const opened = runTap(tapsFor(notes.root, "统计口径"), { tabIndex: 2 }, { events: notes.events });
    expect(opened.localData).toEqual({ tabIndex: 2, rulesOpen: 1 });
    const open = draw("weekly-report-tabs", { localData: opened.localData ?? {} });
    expect(texts(open.root)).toContain(rules);
    const closed = runTap(tapsFor(open.root, "统计口径"), opened.localData ?? {}, { events: open.events });
    expect(closed.localData).toMatchObject({ rulesOpen: 0 });
  });

  it("weekly report: each recipient sees their own private values, and the callback says what it sends", () => {
    const mine = draw("weekly-report-tabs", { cardPrivateData: { myTarget: "张三的目标", myProgress: 40 } });
    expect(texts(mine.root)).toEqual(expect.arrayContaining(["张三的目标", "40%"]));
    const bar = all(mine.root).filter((node) => node.css.flexGrow === 40 || node.css.flexGrow === 60);
    expect(bar).toHaveLength(2);
    const ack = runTap(tapsFor(mine.root, "确认已读"), {}, { events: mine.events });
    expect(ack.notes[0]).toMatchObject({ kind: "send", payload: { actionId: "ack_report" } });
    const done = draw("weekly-report-tabs", { cardPrivateData: { acknowledged: "true" } });
    expect(texts(done.root)).toContain("已确认");
    expect(texts(done.root)).not.toContain("我的目标完成度");
  });

  it("AI card: each flowStatus draws its state; a long answer folds until unfolded", () => {
    const state = (flowStatus: string) =>
      texts(draw("ai-assistant", { cardData: { ...template("ai-assistant").mockData.cardData, flowStatus } }).root);
    expect(state("1")).toContain("正在思考…");
    expect(state("4")).toContain("正在执行：查询会议室");
    expect(state("2").some((text) => text.startsWith("## 空闲会议室"))).toBe(true);
    expect(state("2")).not.toContain("有帮助吗？");
    expect(state("5")).toEqual(expect.arrayContaining(["生成失败，请稍后重试", "重新生成"]));
    expect(state("5").some((text) => text.startsWith("## 空闲会议室"))).toBe(false);
    const folded = all(draw("ai-assistant").root).find((node) => node.fold);
    expect(folded?.fold).toEqual({ limit: 240, key: "foldStatus", folded: true });
    const unfolded = all(draw("ai-assistant", { localData: { foldStatus: "unfold" } }).root).find((node) => node.fold);
    expect(unfolded?.fold?.folded).toBe(false);
  });

  it("AI card: like sets local feedback and sends it; copy copies the answer", () => {
    const card = draw("ai-assistant");
    const like = all(card.root).find((node) => node.text === "::icon_like::");
    const result = runTap(like?.taps ?? [], {}, { events: card.events });
    expect(result.localData).toEqual({ feedback: "like" });
    expect(result.notes.map((note) => note.kind)).toEqual(["local", "send", "stat"]);
    const liked = all(draw("ai-assistant", { localData: { feedback: "like" } }).root).find(
      (node) => node.text === "::icon_like::",
    );
    const idle = all(card.root).find((node) => node.text === "::icon_like::");
    // DingTalk's blue, deepened just enough to be legible on white (contrast.model.ts).
    expect(liked?.textCss?.color).toMatch(/^#00[0-9a-f]{4}$/i);
    expect(liked?.textCss?.color).not.toBe(idle?.textCss?.color);
    const copy = all(card.root).find((node) => node.text === "::icon_copy::");
    expect(runTap(copy?.taps ?? [], {}, { events: card.events }).notes[0]).toMatchObject({ kind: "copy" });
  });

  it("group sign-up: ticks toggle through local data, the confirm names them, a joined recipient sees their state", () => {
    const first = draw("group-signup");
    const lunch = (root: RenderNode | null) =>
      all(root).find((node) => node.kind === "icon" && node.children.length === 0 && node.text?.includes("icon_XDS"));
    expect(lunch(first.root)?.text).toBe("::icon_XDS_CircleLine::");
    const ticked = runTap(tapsFor(first.root, "午餐"), {}, { events: first.events });
    expect(ticked.localData).toEqual({ picked: ["午餐"] });
    const after = draw("group-signup", { localData: ticked.localData ?? {} });
    expect(lunch(after.root)?.text).toBe("::icon_XDS_Selected::");
    const unticked = runTap(tapsFor(after.root, "午餐"), ticked.localData ?? {}, { events: after.events });
    expect(unticked.localData).toEqual({ picked: [] });
    const join = runTap(tapsFor(after.root, "接龙"), ticked.localData ?? {}, { events: after.events });
    expect(join.notes[0]).toMatchObject({ kind: "confirm", title: "确认接龙", message: "参加：午餐" });
    const joined = draw("group-signup", { cardPrivateData: { joined: "true" } });
    expect(texts(joined.root)).toEqual(expect.arrayContaining(["你已接龙", "已接龙"]));
    expect(texts(joined.root)).not.toContain("我要参加（可多选）");
    expect(all(joined.root).find((node) => node.text === "已接龙" && node.kind === "text")).toBeDefined();
  });

  it("dashboard: web images are tried, media ids and empty icons are placeholders; nested lists read their parent", () => {
    const card = draw("app-dashboard");
    const images = all(card.root).filter((node) => node.kind === "image");
    expect(images.map((node) => node.imageUrl)).toEqual([
      "https://img.alicdn.invalid/dashboard/banner.png",
      null,
      "https://static.invalid/icons/attendance.png",
      null,
      null,
      null,
    ]);
    const badges = all(card.root).filter((node) => node.text === "0");
    expect(badges.every((node) => node.css.visibility === "hidden")).toBe(true);
    expect(all(card.root).find((node) => node.kind === "chart")?.chart).toMatchObject({ series: expect.any(Array) });
    const banner = all(card.root).find((node) => node.kind === "frame" && node.css.height === 88);
    expect(banner?.css.backgroundImage).toBe("linear-gradient(135deg, #FF8A00 0%, #FF5219 100%)");
  });
});
