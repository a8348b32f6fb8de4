import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { initialTexts, previewData } from "@/lib/cards/encode.model";
import { buildPreview } from "@/lib/cards/preview.model";
import { mulberry32 } from "@/lib/sandbox/prng";
import { parseCardExport, type ParsedCardTemplate } from "@/lib/cards/card-export.model";
import { FIXTURE_NAMES, fixtureText } from "@/lib/cards/testing/fixtures";
import cards from "@/i18n/messages/cards.en.json";
import base from "@/i18n/messages/en.json";
import { CardPreview } from "./card-preview";

const messages = { ...base, ...cards };

function render(tree: readonly unknown[], data: Record<string, unknown>, theme: "light" | "dark" = "light"): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={messages} timeZone="Asia/Shanghai">
      <CardPreview tree={tree} data={data} theme={theme} />
    </NextIntlClientProvider>,
  );
}

function template(name: (typeof FIXTURE_NAMES)[number]): ParsedCardTemplate {
  const parsed = parseCardExport(fixtureText(name));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.template;
}

function sampleData(parsed: ParsedCardTemplate): Record<string, unknown> {
  return previewData(parsed.variables, initialTexts(parsed.variables, parsed.mockData));
}

describe("CardPreview", () => {
  it.each(FIXTURE_NAMES)("renders %s with its sample data, in light and dark, without placeholders", (name) => {
    const parsed = template(name);
    for (const theme of ["light", "dark"] as const) {
      const html = render(parsed.tree, sampleData(parsed), theme);
      expect(html).toContain('data-testid="card-preview"');
      expect(html).not.toContain("card-preview-placeholder");
    }
  });

  it("shows the filled values", () => {
    const parsed = template("approval");
    const html = render(parsed.tree, { ...sampleData(parsed), title: "Trip to Hangzhou", amount: "88元" });
    expect(html).toContain("Trip to Hangzhou");
    expect(html).toContain("报销金额：88元");
  });

  it("draws an unknown component as a labelled placeholder", () => {
    const html = render([{ componentName: "AIChart", props: {} }], {});
    expect(html).toContain("AIChart: not shown in the preview");
  });
});

/** Random edits of the kinds a damaged or future export could hold. */
function mutate(value: unknown, random: () => number, depth = 0): unknown {
  const junk = [
    null,
    0,
    -1,
    1e308,
    "",
    "${",
    "${missing.path[3]}",
    true,
    [],
    {},
    [null],
    { valueType: "variable", variable: "title" },
    { valueType: "condition", condition: { op: "or", conditions: [null, 1] } },
  ];
  const pick = () => junk[Math.floor(random() * junk.length)];
  if (random() < 0.04) return pick();
  if (Array.isArray(value)) {
    const copy = value.map((item) => mutate(item, random, depth + 1));
    if (random() < 0.1) copy.push(pick());
    if (random() < 0.1) copy.reverse();
    return copy;
  }
  if (typeof value === "object" && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (random() < 0.05) continue;
      copy[key] =
        key === "componentName" && random() < 0.15
          ? ["Loop", "Nope", "", "Table", "Form", "__proto__", "CollapsePanel"][Math.floor(random() * 7)]
          : mutate(child, random, depth + 1);
    }
    if (random() < 0.05) copy.children = [{ componentName: "Loop", props: { data: pick() }, children: value }];
    return copy;
  }
  return value;
}

describe("fuzz: mutated exports never throw", () => {
  it.each(FIXTURE_NAMES)("%s: 60 seeded mutations build and render", (name) => {
    const parsed = template(name);
    const data = sampleData(parsed);
    for (let seed = 1; seed <= 60; seed += 1) {
      const random = mulberry32(seed * 7919 + name.length);
      const tree = mutate(parsed.tree, random);
      const mutatedData = mutate(data, random);
      const scope =
        typeof mutatedData === "object" && mutatedData !== null && !Array.isArray(mutatedData)
          ? (mutatedData as Record<string, unknown>)
          : {};
      expect(() => buildPreview(tree, scope), `seed ${seed}`).not.toThrow();
      expect(() => render(Array.isArray(tree) ? tree : [tree], scope), `seed ${seed}`).not.toThrow();
    }
  });

  it("survives whole-file garbage through the parser", () => {
    const random = mulberry32(42);
    for (let i = 0; i < 200; i += 1) {
      const text = fixtureText("helloworld");
      const start = Math.floor(random() * text.length);
      const broken = text.slice(0, start) + text.slice(start + Math.floor(random() * 50));
      expect(() => parseCardExport(broken)).not.toThrow();
    }
  });
});
