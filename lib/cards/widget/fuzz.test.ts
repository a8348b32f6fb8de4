import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseWidgetInfo } from "@/components/card-widget/parse-widget";
import { EXPORT_NAMES, exportPath } from "@/lib/cards/testing/card-exports";
import { FIXTURE_NAMES, fixtureText } from "@/lib/cards/testing/fixtures";
import { analyzeLayout } from "./coverage.model";
import type { WidgetElement } from "./element.model";
import { evaluate } from "./evaluate.model";
import { parseExpression } from "./expression.model";
import { buildRender, type RenderNode } from "./layout.model";

// The shared fixtures and the exports written here (tabs, AI states, nested lists, charts…).
const layouts = [
  ...FIXTURE_NAMES.map((name) => fixtureText(name)),
  ...EXPORT_NAMES.map((name) => readFileSync(exportPath(name), "utf8")),
].map((text) => parseWidgetInfo((JSON.parse(text) as { widgetInfo: string }).widgetInfo).elements);

function flatten(elements: readonly WidgetElement[]): WidgetElement[] {
  return elements.flatMap((element) => [element, ...flatten(element.children)]);
}

/** Rebuilds a layout, renaming the elements at the chosen indexes and rewriting chosen attribute values. */
function mutate(
  elements: readonly WidgetElement[],
  renames: Set<number>,
  values: Map<number, string>,
): WidgetElement[] {
  let index = 0;
  const walk = (list: readonly WidgetElement[]): WidgetElement[] =>
    list.map((element) => {
      const at = index++;
      const attrs: Record<string, string> = { ...element.attrs };
      const replacement = values.get(at);
      if (replacement !== undefined) for (const name of Object.keys(attrs).slice(0, 3)) attrs[name] = replacement;
      return { tag: renames.has(at) ? `Fuzz${at}View` : element.tag, attrs, children: walk(element.children) };
    });
  return walk(elements);
}

const syntax = fc.stringMatching(/^[@{}',a-zA-Z0-9_. #-]{0,40}$/);
const hostileValue = fc.oneof(
  syntax,
  fc.constantFrom(
    "@triple{",
    "@data{'",
    "@f{@g{@h{}}",
    "}}}",
    "@dtMapAppend{null,'a'",
    "@concat{'x'},@",
    "@toLong{@len{@data{x}}}",
  ),
);
const data = fc.dictionary(
  fc.constantFrom("title", "table", "markdown", "flowStatus", "tags", "content", "x"),
  fc.jsonValue({ maxDepth: 3 }),
);

describe("fuzzed layouts", () => {
  it("never throw, and count exactly the renamed views as unknown", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: layouts.length - 1 }),
        fc.uniqueArray(fc.nat(60), { maxLength: 5 }),
        fc.array(fc.tuple(fc.nat(60), hostileValue), { maxLength: 6 }),
        data,
        fc.boolean(),
        (which, renameList, valueList, cardData, dark) => {
          const layout = layouts[which] ?? [];
          const count = flatten(layout).length;
          const renames = new Set(renameList.filter((index) => index < count));
          const mutated = mutate(layout, renames, new Map(valueList));
          const coverage = analyzeLayout(mutated);
          expect(coverage.unknownViews.size).toBe(renames.size);
          const result = buildRender(mutated, {
            cardData,
            cardPrivateData: cardData,
            localData: {},
            dark,
            width: 360,
            env: "ios",
            now: 0,
          });
          // Each unknown view drawn is one the coverage found (a list draws it once per item), and
          // each is counted exactly as often as it is drawn as a placeholder.
          for (const name of result.unknownViews.keys()) expect(coverage.unknownViews.has(name)).toBe(true);
          const placeholders = (node: RenderNode | null): number =>
            node
              ? (node.kind === "unknown" ? 1 : 0) + node.children.reduce((sum, child) => sum + placeholders(child), 0)
              : 0;
          const counted = [...result.unknownViews.values()].reduce((sum, count) => sum + count, 0);
          if (!result.truncated) expect(placeholders(result.root)).toBe(counted);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("never throw on cut or corrupted XML", () => {
    const xml = (JSON.parse(fixtureText("table-h5")) as { widgetInfo: string }).widgetInfo;
    fc.assert(
      fc.property(fc.nat(xml.length), fc.string({ maxLength: 20 }), (cut, junk) => {
        const parsed = parseWidgetInfo(xml.slice(0, cut) + junk + xml.slice(cut + junk.length));
        analyzeLayout(parsed.elements);
        buildRender(parsed.elements, {
          cardData: {},
          cardPrivateData: {},
          localData: {},
          dark: false,
          width: 360,
          env: "pc",
          now: 0,
        });
      }),
      { numRuns: 100 },
    );
  });

  it("evaluate any expression text to a value, counting what it does not know", () => {
    fc.assert(
      fc.property(
        fc.array(hostileValue, { maxLength: 8 }).map((parts) => parts.join("")),
        (text) => {
          let unknown = 0;
          evaluate(parseExpression(text), {
            frames: [],
            ctx: {
              root: {},
              dark: false,
              locale: "zh_CN",
              now: 0,
              clientVersion: "7.8.0",
              isKnownView: () => true,
              onUnknownFunction: () => unknown++,
              onSyntaxError: () => undefined,
              onMissingToken: () => undefined,
            },
          });
          expect(unknown).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
