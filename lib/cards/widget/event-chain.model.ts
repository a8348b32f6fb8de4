import { isMap, newMap, toStr, type WidgetMap } from "./values.model";

/**
 * The builder's event chains: `{main: {type, params, next}, <step>: {type, params, callback}}` per
 * handler id, where `next` and `callback.success` are expressions naming the following step as
 * `'$(step)'`, and later steps read earlier answers with @dtGetEventChainData{'step.value'}.
 */

/** What a step's evaluation sees of earlier answers, keyed by the step's dataKey. */
export type ChainData = Readonly<Record<string, unknown>>;
export type ChainEvaluate = (text: string, chainData?: ChainData) => unknown;

const STEP_REFERENCE = /\$\(([\w-]+)\)/g;
const HAS_CALL = /@[A-Za-z_]\w*\{/;

/** A step's parameters with their expressions evaluated (maps and lists walked, depth-bounded). */
export function evaluated(value: unknown, evaluate: ChainEvaluate, chainData?: ChainData, depth = 0): unknown {
  if (depth > 20) return null;
  if (typeof value === "string") return HAS_CALL.test(value) ? evaluate(value, chainData) : value;
  if (Array.isArray(value)) return value.map((entry) => evaluated(entry, evaluate, chainData, depth + 1));
  if (isMap(value)) {
    const map = newMap();
    for (const [key, entry] of Object.entries(value)) map[key] = evaluated(entry, evaluate, chainData, depth + 1);
    return map;
  }
  return value;
}

function references(text: string): string[] {
  return [...text.matchAll(STEP_REFERENCE)].map((match) => match[1] ?? "");
}

function branchTexts(step: WidgetMap): string[] {
  const callback = isMap(step.callback) ? Object.values(step.callback).map(toStr) : [];
  return [toStr(step.next), ...callback].filter((text) => text !== "");
}

/**
 * The steps that follow one: without answers, every step any branch names (what the tap may lead
 * to); with answers, the steps the branches evaluate to.
 */
export function followingSteps(step: WidgetMap, evaluate: ChainEvaluate, chainData?: ChainData): string[] {
  return branchTexts(step).flatMap((text) =>
    chainData && HAS_CALL.test(text) ? references(toStr(evaluate(text, chainData))) : references(text),
  );
}

export interface PromptStep {
  title: string;
  message: string;
  defaultText: string;
  buttons: string[];
}

/** A step that asks the user for text (the JSAPI device.notification.prompt), with its evaluated texts. */
export function promptOf(type: string, params: unknown): PromptStep | null {
  if (type !== "dtCallAPI" || !isMap(params) || !isMap(params.params)) return null;
  const call = params.params;
  if (toStr(call.apiName) !== "device.notification.prompt") return null;
  const args = isMap(call.params) ? call.params : newMap();
  return {
    title: toStr(args.title),
    message: toStr(args.message),
    defaultText: toStr(args.defaultText),
    buttons: Array.isArray(args.buttonLabels) ? args.buttonLabels.map(toStr) : [],
  };
}

/** The answers a prompt step gives its followers: what was typed and which button was pressed. */
export function promptAnswer(step: WidgetMap, name: string, value: string, buttonIndex: number): ChainData {
  const key = toStr(step.dataKey) || name;
  return { [key]: { value, buttonIndex } };
}
