/**
 * The values a widgetInfo expression works with, and the conversions the DingTalk card runtime (a
 * DinamicX-style engine) applies between them: JSON values from the card's data, plus two kinds
 * the layout builds itself, gradients (@linearGradient) and actions (@dtSendOutData, @dtOpenLink…),
 * which are only carried out when the user taps.
 */

export class Gradient {
  constructor(
    /** toRight, toLeft, toBottom, toTop (the builder's names). */
    readonly direction: string,
    readonly colors: readonly string[],
  ) {}
}

export class Action {
  constructor(
    /** The function that made it, e.g. dtSendOutData, or the `action` of a handler map (dtToast). */
    readonly name: string,
    readonly args: readonly unknown[],
  ) {}
}

export type WidgetMap = Record<string, unknown>;

export function isMap(value: unknown): value is WidgetMap {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Gradient) &&
    !(value instanceof Action)
  );
}

/** An action, or a handler map of the builder's event chains (`{action: 'dtToast', args: [...]}`) as one. */
export function asAction(value: unknown): Action | null {
  if (value instanceof Action) return value;
  if (isMap(value) && typeof value.action === "string")
    return new Action(value.action, Array.isArray(value.args) ? value.args : []);
  return null;
}

/** A fresh map without a prototype, so data keys such as `constructor` are only ever data. */
export function newMap(from?: unknown): WidgetMap {
  const map: WidgetMap = Object.create(null) as WidgetMap;
  if (isMap(from)) for (const [key, value] of Object.entries(from)) map[key] = value;
  return map;
}

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** A number, or undefined when the value does not read as one. */
export function numberOf(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string" && NUMBER.test(value)) return Number(value);
  return undefined;
}

/** @toDouble: a number, 0 when the value is not one. */
export function toDouble(value: unknown): number {
  return numberOf(value) ?? 0;
}

/** @toLong: the number truncated toward zero, 0 when the value is not one. */
export function toLong(value: unknown): number {
  return Math.trunc(toDouble(value));
}

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  // Drop binary noise such as 0.30000000000000004 the way a client's string conversion does.
  return String(Number(value.toPrecision(12)));
}

/** @toStr: null is empty, numbers without trailing zeros, maps and lists as JSON. */
export function toStr(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? formatNumber(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Gradient) return gradientCss(value);
  if (value instanceof Action) return "";
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return "";
  }
}

/**
 * The condition test of @triple, @and, @or and @not: null, false, 0, "", "false" and empty lists and
 * maps are false; anything else is true (a bizScene such as "im", a media id, a non-empty list).
 */
export function truthy(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0 && !Number.isNaN(value);
  if (typeof value === "string") {
    const text = value.trim();
    return text !== "" && text.toLowerCase() !== "false";
  }
  if (Array.isArray(value)) return value.length > 0;
  if (isMap(value)) return Object.keys(value).length > 0;
  return true;
}

/** @equal: numerically when both sides read as numbers, otherwise as text (null equals ""). */
export function equal(left: unknown, right: unknown): boolean {
  const a = numberOf(left);
  const b = numberOf(right);
  if (a !== undefined && b !== undefined) return a === b;
  return toStr(left) === toStr(right);
}

const SEGMENT = /[^.[\]]+/g;
const JSON_CACHE = new Map<string, unknown>();

/**
 * A JSON object or list sent as text (cardParamMap values are strings; the client reads a complex
 * variable's text as its value), or the text itself when it is not one.
 */
export function jsonish(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim();
  if (!(text.startsWith("{") && text.endsWith("}")) && !(text.startsWith("[") && text.endsWith("]"))) return value;
  if (JSON_CACHE.has(text)) return JSON_CACHE.get(text);
  let parsed: unknown = value;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    // Not JSON after all: the text stays text.
  }
  if (JSON_CACHE.size > 200) JSON_CACHE.clear();
  JSON_CACHE.set(text, parsed);
  return parsed;
}

/**
 * Looks a dotted path up (`data.cardData.table`, `items[0].name`, `a.0.b`), own properties only: a
 * path can never reach an object's prototype machinery.
 */
export function getPath(root: unknown, path: string): unknown {
  if (path === "") return root;
  let current: unknown = root;
  for (const segment of path.match(SEGMENT) ?? []) {
    current = jsonish(current);
    if (Array.isArray(current)) {
      const index = Number(segment);
      current = Number.isInteger(index) && index >= 0 ? current[index] : undefined;
    } else if (isMap(current)) {
      current = Object.hasOwn(current, segment) ? current[segment] : undefined;
    } else {
      return undefined;
    }
    if (current === undefined) return undefined;
  }
  return current;
}

const DIRECTIONS: Record<string, string> = {
  toRight: "to right",
  toLeft: "to left",
  toTop: "to top",
  toBottom: "to bottom",
  toTopRight: "to top right",
  toTopLeft: "to top left",
  toBottomRight: "to bottom right",
  toBottomLeft: "to bottom left",
};

/** A CSS linear-gradient for a @linearGradient value (colours through cssColor). */
export function gradientCss(gradient: Gradient): string {
  const colors = gradient.colors.map((color) => cssColor(color) ?? "transparent");
  if (colors.length === 0) return "none";
  if (colors.length === 1) colors.push(colors[0] ?? "transparent");
  return `linear-gradient(${DIRECTIONS[gradient.direction] ?? "to right"}, ${colors.join(", ")})`;
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/**
 * A DingTalk colour as CSS. Eight hex digits are ARGB (alpha first, Android's order: `#297E868E`
 * is a translucent grey), so they are reordered to CSS's RGBA. Named CSS colours and rgb()/rgba()
 * pass; anything else (an unresolved token, a stray word) is undefined.
 */
export function cssColor(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const hex = HEX.exec(text);
  if (hex) {
    const digits = hex[1] ?? "";
    return digits.length === 8 ? `#${digits.slice(2)}${digits.slice(0, 2)}` : text;
  }
  if (/^rgba?\([\d\s.,%]+\)$/i.test(text)) return text;
  if (/^(transparent|white|black|red|green|blue|gray|grey|orange|yellow|purple)$/i.test(text)) return text;
  return undefined;
}
