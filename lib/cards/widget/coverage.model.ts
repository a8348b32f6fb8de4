import type { WidgetElement } from "./element.model";
import { calledFunctions, parseExpression } from "./expression.model";
import { FUNCTIONS } from "./functions.model";
import { designToken } from "./tokens.model";
import { READ_ATTRIBUTES, viewKind } from "./views.model";

/**
 * What a layout uses, read from the whole layout (every branch, visible or not), so the figure is
 * the same for every data: which views and functions appear, which of them the renderer does not
 * know, and the share of views drawn without an unknown part. The import page, the card page and
 * `npm run cards:coverage` all show this.
 */
export interface LayoutCoverage {
  views: Map<string, number>;
  functions: Map<string, number>;
  unknownViews: Map<string, number>;
  unknownFunctions: Map<string, number>;
  /** Attributes the renderer evaluates but does not draw (informational). */
  ignoredAttributes: Map<string, number>;
  /** Design tokens used without a fallback and missing from the token table. */
  missingTokens: Set<string>;
  /** Attribute values that did not parse. */
  syntaxErrors: number;
  elements: number;
  /** Elements that are unknown or use an unknown function or an unparsable value. */
  affected: number;
  /** 1 when everything is known; the share of elements not affected otherwise. */
  ratio: number;
}

const bump = (map: Map<string, number>, name: string) => map.set(name, (map.get(name) ?? 0) + 1);

/** Token names in `@dtDesignTokenParser{'name'}` calls that have no fallback argument. */
function tokensWithoutFallback(raw: string): string[] {
  const names: string[] = [];
  for (const match of raw.matchAll(/@dtDesignTokenParser\{\s*'([^']*)'\s*\}/g)) names.push(match[1] ?? "");
  return names;
}

export function analyzeLayout(elements: readonly WidgetElement[]): LayoutCoverage {
  const coverage: LayoutCoverage = {
    views: new Map(),
    functions: new Map(),
    unknownViews: new Map(),
    unknownFunctions: new Map(),
    ignoredAttributes: new Map(),
    missingTokens: new Set(),
    syntaxErrors: 0,
    elements: 0,
    affected: 0,
    ratio: 1,
  };
  const stack = [...elements];
  while (stack.length > 0) {
    const element = stack.pop() as WidgetElement;
    coverage.elements++;
    bump(coverage.views, element.tag);
    let affected = false;
    if (!viewKind(element.tag)) {
      bump(coverage.unknownViews, element.tag);
      affected = true;
    }
    for (const [name, raw] of Object.entries(element.attrs)) {
      if (!READ_ATTRIBUTES.has(name)) bump(coverage.ignoredAttributes, name);
      const expr = parseExpression(raw);
      if (expr.k === "error") {
        coverage.syntaxErrors++;
        affected = true;
        continue;
      }
      for (const fn of calledFunctions(expr)) {
        bump(coverage.functions, fn);
        if (!Object.hasOwn(FUNCTIONS, fn)) {
          bump(coverage.unknownFunctions, fn);
          affected = true;
        }
      }
      for (const token of tokensWithoutFallback(raw))
        if (designToken(token, false) === undefined) coverage.missingTokens.add(token);
    }
    if (affected) coverage.affected++;
    stack.push(...element.children);
  }
  coverage.ratio = coverage.elements === 0 ? 1 : (coverage.elements - coverage.affected) / coverage.elements;
  return coverage;
}

/** The summary a page shows: fully drawn, or which names are missing. */
export interface CoverageSummary {
  complete: boolean;
  ratio: number;
  missing: string[];
}

export function summarize(coverage: LayoutCoverage): CoverageSummary {
  const missing = [
    ...[...coverage.unknownViews.keys()].map((name) => `<${name}>`),
    ...[...coverage.unknownFunctions.keys()].map((name) => `@${name}`),
  ];
  return { complete: missing.length === 0 && coverage.syntaxErrors === 0, ratio: coverage.ratio, missing };
}
