import { isRecord } from "./card-export.model";

/**
 * Data binding of the builder's props. A prop binds to data in one of the ways exports use:
 * `"${var}"` inside text (`{type: "dynamicString", content}`), `{valueType: "variable", variable}`,
 * `{type: "variableValue", variable}`, or a fixed `{valueType: "fixed", value}`. Paths may be
 * dotted or indexed (`evaluate.stars`, `rows[0].name`). Nothing here throws on odd input.
 */
export type Scope = Readonly<Record<string, unknown>>;

const PATH_PART = /[^.[\]]+/g;

export function lookup(scope: Scope, path: string): unknown {
  const parts = path.trim().match(PATH_PART);
  if (!parts) return undefined;
  let node: unknown = scope;
  for (const part of parts) {
    if (Array.isArray(node) && /^\d+$/.test(part)) node = node[Number(part)];
    else if (isRecord(node) && Object.hasOwn(node, part)) node = node[part];
    else return undefined;
  }
  return node;
}

/** How a bound value reads as text: objects as JSON, nothing as "". */
export function asText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return "";
  }
}

export function interpolate(template: string, scope: Scope): string {
  return template.replace(/\$\{([^}]*)\}/g, (_match, path: string) => asText(lookup(scope, path)));
}

/** The value a prop stands for, after binding. */
export function resolveValue(prop: unknown, scope: Scope): unknown {
  if (typeof prop === "string") return interpolate(prop, scope);
  if (!isRecord(prop)) return prop;
  const variable = typeof prop.variable === "string" ? prop.variable : "";
  if ((prop.valueType === "variable" || prop.type === "variableValue") && variable !== "")
    return lookup(scope, variable);
  if (typeof prop.content === "string") return interpolate(prop.content, scope);
  if ("value" in prop) return typeof prop.value === "string" ? interpolate(prop.value, scope) : prop.value;
  return undefined;
}

export function resolveText(prop: unknown, scope: Scope): string {
  return asText(resolveValue(prop, scope));
}

export function resolveNumber(prop: unknown, scope: Scope): number | null {
  const value = resolveValue(prop, scope);
  const number =
    typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  return Number.isFinite(number) ? number : null;
}

export function truthy(value: unknown): boolean {
  return value === true || value === "true" || (typeof value === "number" && value !== 0);
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value)) return Object.keys(value).length === 0;
  return false;
}

function lengthOf(value: unknown): number {
  if (Array.isArray(value) || typeof value === "string") return value.length;
  if (isRecord(value)) return Object.keys(value).length;
  return 0;
}

function compare(left: unknown, right: unknown): number | null {
  const a = Number(left);
  const b = Number(right);
  if (asText(left).trim() === "" || asText(right).trim() === "" || !Number.isFinite(a) || !Number.isFinite(b))
    return null;
  return a - b;
}

/** One `{variable, op, value}` test. An operator it does not know passes: show rather than hide. */
function test(condition: Record<string, unknown>, scope: Scope): boolean {
  const left = typeof condition.variable === "string" ? lookup(scope, condition.variable) : undefined;
  const right =
    condition.valueType === "variable" && typeof condition.value === "string"
      ? lookup(scope, condition.value)
      : condition.value;
  const order = () => compare(left, right);
  const length = () => compare(lengthOf(left), right);
  switch (condition.op) {
    case "equal":
      return asText(left) === asText(right);
    case "notEqual":
      return asText(left) !== asText(right);
    case "isTrue":
      return truthy(left);
    case "isFalse":
      return !truthy(left);
    case "isEmpty":
      return isEmpty(left);
    case "isNotEmpty":
      return !isEmpty(left);
    case "contains":
      return Array.isArray(left)
        ? left.some((item) => asText(item) === asText(right))
        : asText(left).includes(asText(right));
    case "notContains":
      return Array.isArray(left)
        ? !left.some((item) => asText(item) === asText(right))
        : !asText(left).includes(asText(right));
    case "greaterThan":
      return (order() ?? 0) > 0;
    case "greaterThanOrEqual":
      return (order() ?? 0) >= 0;
    case "lessThan":
      return (order() ?? 0) < 0;
    case "lessThanOrEqual":
      return (order() ?? 0) <= 0;
    case "lengthEqual":
      return length() === 0;
    case "lengthNotEqual":
      return length() !== 0;
    case "lengthGreaterThan":
      return (length() ?? 0) > 0;
    case "lengthLessThan":
      return (length() ?? 0) < 0;
    default:
      return true;
  }
}

/** `{op: "and" | "or", conditions: [...]}`, groups nested to any depth; an empty group passes. */
export function evaluateCondition(condition: unknown, scope: Scope, depth = 0): boolean {
  if (typeof condition === "boolean") return condition;
  if (!isRecord(condition) || depth > 20) return true;
  if (!Array.isArray(condition.conditions))
    return "op" in condition && "variable" in condition ? test(condition, scope) : true;
  const results = condition.conditions.map((entry) => evaluateCondition(entry, scope, depth + 1));
  if (results.length === 0) return true;
  return condition.op === "or" ? results.some(Boolean) : results.every(Boolean);
}

/** A `dynamicVisible` prop: fixed true/false, or a condition on variables. */
export function resolveVisible(prop: unknown, scope: Scope): boolean {
  if (prop === undefined || prop === null) return true;
  if (typeof prop === "boolean") return prop;
  if (!isRecord(prop)) return true;
  if (prop.valueType === "condition") return evaluateCondition(prop.condition, scope);
  if (prop.valueType === "variable" && typeof prop.variable === "string" && prop.variable !== "")
    return truthy(lookup(scope, prop.variable));
  return prop.value !== false;
}
