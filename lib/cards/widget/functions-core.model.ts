import type { Expr } from "./expression.model";
import type { Scope } from "./scope.model";
import { equal, getPath, isMap, numberOf, toDouble, toLong, toStr, truthy } from "./values.model";

/**
 * The general functions of the layout language: data access, logic, comparison, conversion, text
 * and arithmetic. Arguments arrive unevaluated (`ev` evaluates one), so @triple, @and and @or only
 * evaluate the branch they need, as the client does.
 */
export type WidgetFunction = (args: readonly Expr[], scope: Scope, ev: (expr: Expr) => unknown) => unknown;

const all = (args: readonly Expr[], ev: (expr: Expr) => unknown) => args.map(ev);
const first = (args: readonly Expr[], ev: (expr: Expr) => unknown) => (args[0] ? ev(args[0]) : null);
const second = (args: readonly Expr[], ev: (expr: Expr) => unknown) => (args[1] ? ev(args[1]) : null);

function frameAt(scope: Scope, depth: number) {
  return scope.frames[scope.frames.length - 1 - depth];
}

/** @subdata / @parentSubdata: the list item (or a path inside it) `depth` levels out. */
function itemData(depth: number): WidgetFunction {
  return (args, scope, ev) => {
    const item = frameAt(scope, depth)?.item;
    if (args.length === 0) return item ?? null;
    const key = toStr(first(args, ev));
    return lookup(item, key) ?? null;
  };
}

/** A key of a map, or failing that a dotted path inside it (`alias.icon`). */
export function lookup(container: unknown, key: string): unknown {
  if (isMap(container) && Object.hasOwn(container, key)) return container[key];
  return getPath(container, key);
}

function compare(test: (a: number, b: number) => boolean): WidgetFunction {
  return (args, _scope, ev) => {
    const a = numberOf(first(args, ev));
    const b = numberOf(second(args, ev));
    return a !== undefined && b !== undefined && test(a, b);
  };
}

function arithmetic(op: (a: number, b: number) => number): WidgetFunction {
  return (args, _scope, ev) => {
    const values = all(args, ev).map(toDouble);
    if (values.length === 0) return 0;
    const result = values.slice(1).reduce(op, values[0] ?? 0);
    return Number.isFinite(result) ? result : 0;
  };
}

/**
 * @substr{text, start, length}: `length` characters from `start` (to the end without one). The
 * builder uses both readings this allows: `@substr{width, 0, len-2}` drops the "np" unit, and
 * `@substr{nick, len-2, 2}` takes a name's last two characters for an avatar.
 */
function substr(text: string, start: number, count: number | undefined): string {
  const chars = Array.from(text);
  const from = Math.max(0, Math.min(chars.length, start < 0 ? chars.length + start : start));
  const to = count === undefined ? chars.length : Math.max(from, Math.min(chars.length, from + count));
  return chars.slice(from, to).join("");
}

function length(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return Array.from(value).length;
  if (Array.isArray(value)) return value.length;
  if (isMap(value)) return Object.keys(value).length;
  return Array.from(toStr(value)).length;
}

function indexOf(args: readonly Expr[], ev: (expr: Expr) => unknown): number {
  const container = first(args, ev);
  const needle = second(args, ev);
  if (Array.isArray(container)) return container.findIndex((entry) => equal(entry, needle));
  if (typeof container === "string") return container.indexOf(toStr(needle));
  return -1;
}

export const CORE_FUNCTIONS: Record<string, WidgetFunction> = {
  data: (args, scope, ev) =>
    args.length === 0 ? scope.ctx.root : (getPath(scope.ctx.root, toStr(first(args, ev))) ?? null),
  subdata: itemData(0),
  parentSubdata: itemData(1),
  subdataIndex: (_args, scope) => frameAt(scope, 0)?.index ?? 0,
  parentSubdataIndex: (_args, scope) => frameAt(scope, 1)?.index ?? 0,
  const: (args, _scope, ev) => first(args, ev),
  dict_get: (args, _scope, ev) => lookup(first(args, ev), toStr(second(args, ev))) ?? null,
  index_of: (args, _scope, ev) => indexOf(args, ev),
  index_of_value: (args, _scope, ev) => indexOf(args, ev),

  triple: (args, _scope, ev) => (truthy(first(args, ev)) ? second(args, ev) : args[2] ? ev(args[2]) : null),
  and: (args, _scope, ev) => args.length > 0 && args.every((arg) => truthy(ev(arg))),
  or: (args, _scope, ev) => args.some((arg) => truthy(ev(arg))),
  not: (args, _scope, ev) => !truthy(first(args, ev)),
  equal: (args, _scope, ev) => equal(first(args, ev), second(args, ev)),
  greater: compare((a, b) => a > b),
  less: compare((a, b) => a < b),

  toStr: (args, _scope, ev) => toStr(first(args, ev)),
  toLong: (args, _scope, ev) => toLong(first(args, ev)),
  toDouble: (args, _scope, ev) => toDouble(first(args, ev)),
  concat: (args, _scope, ev) => all(args, ev).map(toStr).join(""),
  substr: (args, _scope, ev) => {
    const [text, begin, end] = all(args, ev);
    return substr(
      toStr(text),
      toLong(begin),
      end === undefined || end === null || end === "" ? undefined : toLong(end),
    );
  },
  len: (args, _scope, ev) => length(first(args, ev)),

  add: (args, _scope, ev) => {
    const values = all(args, ev);
    // Text that is not a number joins, as the client's add does for strings.
    if (values.some((value) => typeof value === "string" && numberOf(value) === undefined))
      return values.map(toStr).join("");
    return values.reduce<number>((sum, value) => sum + toDouble(value), 0);
  },
  sub: arithmetic((a, b) => a - b),
  mul: arithmetic((a, b) => a * b),
  div: arithmetic((a, b) => (b === 0 ? 0 : a / b)),
  mod: arithmetic((a, b) => (b === 0 ? 0 : a % b)),
  floor: (args, _scope, ev) => Math.floor(toDouble(first(args, ev))),
  ceil: (args, _scope, ev) => Math.ceil(toDouble(first(args, ev))),
  round: (args, _scope, ev) => Math.round(toDouble(first(args, ev))),
};
