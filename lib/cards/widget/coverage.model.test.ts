import { describe, expect, it } from "vitest";
import { parseWidgetInfo } from "@/components/card-widget/parse-widget";
import { aiFields, streamedPart } from "./ai.model";
import { chartSeries } from "./chart.model";
import { analyzeLayout, summarize } from "./coverage.model";

describe("layout coverage", () => {
  it("counts every view and function in every branch, and what is unknown", () => {
    const { elements } = parseWidgetInfo(
      `<LinearLayout visibility="gone"><FastTextView text="@triple{@data{a},@dtNew{1},'x'}" someAttribute="x"/><DDNewView/><View/></LinearLayout>`,
    );
    const coverage = analyzeLayout(elements);
    expect(Object.fromEntries(coverage.views)).toEqual({ LinearLayout: 1, FastTextView: 1, DDNewView: 1, View: 1 });
    expect(Object.fromEntries(coverage.functions)).toEqual({ triple: 1, data: 1, dtNew: 1 });
    expect([...coverage.unknownViews.keys()]).toEqual(["DDNewView"]);
    expect([...coverage.unknownFunctions.keys()]).toEqual(["dtNew"]);
    expect([...coverage.ignoredAttributes.keys()]).toEqual(["someAttribute"]);
    expect(coverage.ratio).toBe(0.5);
    expect(summarize(coverage)).toEqual({ complete: false, ratio: 0.5, missing: ["<DDNewView>", "@dtNew"] });
  });

  it("lists tokens without fallback the table lacks", () => {
    const { elements } = parseWidgetInfo(
      `<FastTextView textColor="@dtDesignTokenParser{'brand_new_color'}" textSize="@dtDesignTokenParser{'common_level1_base_color'}"/>`,
    );
    expect([...analyzeLayout(elements).missingTokens]).toEqual(["brand_new_color"]);
  });
});

describe("AI cards", () => {
  it("finds the flowStatus switch and the streamed content variable", () => {
    const { elements } = parseWidgetInfo(
      `<LinearLayout visibility="@triple{@equal{@toStr{@data{data.cardData.flowStatus}},'2'},visible,gone}"><DDRichTextView attributedText="@data{data.cardData.content}"/></LinearLayout>`,
    );
    expect(aiFields(elements)).toEqual({ status: true, content: ["content"] });
    expect(streamedPart("钉钉卡片", 0.5)).toBe("钉钉");
  });
});

describe("chart data", () => {
  it("reads rows, long form and ECharts-style options", () => {
    expect(chartSeries([{ x: "Mon", y: 3 }])).toEqual({
      type: "line",
      xKey: "x",
      series: ["y"],
      rows: [{ x: "Mon", y: 3 }],
    });
    expect(
      chartSeries({
        type: "bar",
        data: [
          { x: "a", y: 1, type: "s1" },
          { x: "a", y: 2, type: "s2" },
        ],
      }),
    ).toEqual({
      type: "bar",
      xKey: "x",
      series: ["s1", "s2"],
      rows: [{ x: "a", s1: 1, s2: 2 }],
    });
    expect(
      chartSeries({ xAxis: { data: ["a", "b"] }, series: [{ type: "pie", name: "n", data: [1, { value: 2 }] }] }),
    ).toEqual({
      type: "pie",
      xKey: "x",
      series: ["n"],
      rows: [
        { x: "a", n: 1 },
        { x: "b", n: 2 },
      ],
    });
    expect(chartSeries("not json")).toBeNull();
  });
});
