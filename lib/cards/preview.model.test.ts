import { describe, expect, it } from "vitest";
import { evaluateCondition, interpolate, lookup } from "./bind.model";
import { previewData, initialTexts } from "./encode.model";
import { buildPreview, previewTexts, type PreviewNode } from "./preview.model";
import { parseCardExport, type ParsedCardTemplate } from "./card-export.model";
import { FIXTURE_NAMES, fixtureText, type FixtureName } from "./testing/fixtures";

function fixture(name: FixtureName): ParsedCardTemplate {
  const parsed = parseCardExport(fixtureText(name));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.template;
}

function preview(name: FixtureName, overrides: Record<string, string> = {}): PreviewNode[] {
  const template = fixture(name);
  const texts = { ...initialTexts(template.variables, template.mockData), ...overrides };
  return buildPreview(template.tree, previewData(template.variables, texts));
}

function components(nodes: readonly PreviewNode[]): string[] {
  return nodes.flatMap((node) => [`${node.component}:${node.view.type}`, ...components(node.children)]);
}

describe("preview model", () => {
  it.each(FIXTURE_NAMES)("draws every component of %s with no placeholder", (name) => {
    const nodes = preview(name);
    expect(nodes.length).toBeGreaterThan(0);
    expect(components(nodes).filter((entry) => entry.endsWith(":unknown"))).toEqual([]);
  });

  it("binds ${var} text and variable props to the filled values", () => {
    expect(previewTexts(preview("approval", { title: "差旅报销 #42", amount: "2000元" }))).toEqual(
      expect.arrayContaining(["差旅报销 #42", "报销金额：2000元"]),
    );
    expect(previewTexts(preview("helloworld", { title: "Hello", markdown: "**bold**" }))).toEqual(
      expect.arrayContaining(["Hello", "**bold**", "标签"]),
    );
    const progress = JSON.stringify(preview("progress-data-source", { progress: "42", total: "100" }));
    expect(progress).toContain('"percent":42');
    expect(previewTexts(preview("progress-data-source", { total: "100" }))).toContain("100");
    const table = previewTexts(preview("table-h5"));
    expect(table).toEqual(expect.arrayContaining(["应用名", "考勤打卡", "433"]));
    const form = preview("form", {
      form: JSON.stringify({ fields: [{ name: "a", label: "Your name", type: "TEXT" }] }),
      form_btn_text: "Send it",
    });
    expect(previewTexts(form)).toEqual(expect.arrayContaining(["Your name", "Send it"]));
  });

  it("honours visibility conditions on variables", () => {
    const buttons = (status: string) => previewTexts(preview("approval", { status }));
    expect(buttons("")).toEqual(expect.arrayContaining(["拒绝", "同意"]));
    expect(buttons("")).not.toContain("已同意");
    expect(buttons("agree")).toContain("已同意");
    expect(buttons("agree")).not.toContain("拒绝");
    expect(buttons("reject")).toContain("已拒绝");
    const hello = (submitted: string) => previewTexts(preview("helloworld", { submitted }));
    expect(hello("false")).toContain("提交");
    expect(hello("true")).not.toContain("提交");
  });

  it("draws an unknown component as a placeholder and keeps its children", () => {
    const nodes = buildPreview(
      [{ componentName: "Chart3D", props: {}, children: [{ componentName: "BaseText", props: { text: "inner" } }] }],
      {},
    );
    expect(nodes[0]?.view).toEqual({ type: "unknown", reason: "unsupported" });
    expect(previewTexts(nodes)).toEqual(["inner"]);
  });

  it("draws Loop, Markdown, Icon, Avatar, CollapsePanel, Checkbox, SelectBlock and DatePickerBlock", () => {
    const tree = [
      {
        componentName: "Card",
        props: {},
        children: [
          {
            componentName: "Loop",
            props: { data: { valueType: "variable", variable: "people" } },
            children: [
              {
                componentName: "BaseText",
                props: { text: { type: "dynamicString", content: "${item.name} #${index}" } },
              },
            ],
          },
          { componentName: "Markdown", props: { content: { valueType: "variable", variable: "md" } } },
          { componentName: "Icon", props: { icon: { type: "icon", icon: "star" } } },
          { componentName: "Avatar", props: { name: "${owner}" } },
          {
            componentName: "CollapsePanel",
            props: { title: "More" },
            children: [{ componentName: "BaseText", props: { text: "hidden text" } }],
          },
          { componentName: "Checkbox", props: { text: "Agree", checked: { valueType: "variable", variable: "ok" } } },
          {
            componentName: "SelectBlock",
            props: { placeholder: "Pick", options: { valueType: "fixed", value: [{ text: "A" }, { text: "B" }] } },
          },
          { componentName: "DatePickerBlock", props: { placeholder: "When", currentValue: "${day}" } },
        ],
      },
    ];
    const nodes = buildPreview(tree, {
      people: [{ name: "Ann" }, { name: "Bo" }],
      md: "# Title",
      owner: "Zhang",
      ok: "true",
      day: "2025-01-02",
    });
    expect(components(nodes).filter((entry) => entry.endsWith(":unknown"))).toEqual([]);
    expect(previewTexts(nodes)).toEqual(
      expect.arrayContaining(["Ann #0", "Bo #1", "# Title", "More", "hidden text", "Agree", "2025-01-02"]),
    );
    expect(JSON.stringify(nodes)).toContain('"name":"Zhang"');
    expect(JSON.stringify(nodes)).toContain('"checked":true');
    expect(JSON.stringify(nodes)).toContain('"options":["A","B"]');
  });
});

describe("binding", () => {
  it("looks up dotted and indexed paths and interpolates", () => {
    const scope = { a: { b: [{ c: 1 }] }, s: "x" };
    expect(lookup(scope, "a.b[0].c")).toBe(1);
    expect(lookup(scope, "a.missing.c")).toBeUndefined();
    expect(interpolate("${s}-${a.b[0].c}-${nope}", scope)).toBe("x-1-");
  });

  it("evaluates and/or groups and the builder's operators", () => {
    const scope = { n: "5", tags: ["a"], s: "", t: "true" };
    const c = (op: string, variable: string, value: unknown = "") => ({ op, variable, value });
    expect(
      evaluateCondition(
        {
          op: "and",
          conditions: [c("greaterThan", "n", 3), c("lengthNotEqual", "tags", 0), c("isEmpty", "s"), c("isTrue", "t")],
        },
        scope,
      ),
    ).toBe(true);
    expect(evaluateCondition({ op: "and", conditions: [c("lessThan", "n", 3), c("isTrue", "t")] }, scope)).toBe(false);
    expect(
      evaluateCondition(
        { op: "or", conditions: [c("lessThan", "n", 3), { op: "and", conditions: [c("equal", "n", 5)] }] },
        scope,
      ),
    ).toBe(true);
    expect(evaluateCondition({ op: "and", conditions: [c("someFutureOp", "n")] }, scope)).toBe(true);
  });
});
