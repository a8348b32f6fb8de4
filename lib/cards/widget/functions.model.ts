import type { Expr } from "./expression.model";
import { CORE_FUNCTIONS, lookup, type WidgetFunction } from "./functions-core.model";
import { designToken } from "./tokens.model";
import { Action, Gradient, asAction, equal, getPath, isMap, newMap, numberOf, toStr, truthy } from "./values.model";

/**
 * DingTalk's own functions (the `dt` and `dx` families): maps and lists, theme and design tokens,
 * feature checks, locale, time, gradients, and the actions a tap runs. Actions are values here
 * (Action): evaluating `onTap` builds them, the preview carries them out on a click.
 */

const all = (args: readonly Expr[], ev: (expr: Expr) => unknown) => args.map(ev);
const first = (args: readonly Expr[], ev: (expr: Expr) => unknown) => (args[0] ? ev(args[0]) : null);

/** An action builder: its evaluated arguments, kept for the click. */
const action =
  (name: string): WidgetFunction =>
  (args, _scope, ev) =>
    new Action(name, all(args, ev));

/** Compares dotted versions: 7.10.0 is newer than 7.9.3. */
function versionAtLeast(version: string, wanted: string): boolean {
  const have = version.split(".").map((part) => Number.parseInt(part, 10) || 0);
  const want = wanted.split(".").map((part) => Number.parseInt(part, 10) || 0);
  for (let index = 0; index < Math.max(have.length, want.length); index++) {
    const a = have[index] ?? 0;
    const b = want[index] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/** China time, as the people who receive these cards read it (UTC+8, no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** Formats a timestamp (milliseconds, or seconds when small) with yyyy MM dd HH mm ss tokens. */
function formatTime(value: unknown, pattern: string): string {
  let time = numberOf(value);
  if (time === undefined && typeof value === "string") time = Date.parse(value);
  if (time === undefined || !Number.isFinite(time)) return "";
  if (Math.abs(time) < 1e11) time *= 1000;
  const date = new Date(time + CHINA_OFFSET_MS);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const parts: Record<string, string> = {
    yyyy: String(date.getUTCFullYear()),
    yy: pad(date.getUTCFullYear() % 100),
    MM: pad(date.getUTCMonth() + 1),
    M: String(date.getUTCMonth() + 1),
    dd: pad(date.getUTCDate()),
    d: String(date.getUTCDate()),
    HH: pad(date.getUTCHours()),
    H: String(date.getUTCHours()),
    mm: pad(date.getUTCMinutes()),
    ss: pad(date.getUTCSeconds()),
  };
  return pattern.replace(/yyyy|yy|MM|M|dd|d|HH|H|mm|ss/g, (token) => parts[token] ?? token);
}

/** Picks the locale's text from `{zh_CN: …, en_US: …}` (then zh_CN, then the first). */
function pickLocale(map: Record<string, unknown>, locale: string): unknown {
  for (const key of [locale, locale.toUpperCase(), "zh_CN", "ZH_CN", "en_US"])
    if (Object.hasOwn(map, key)) return map[key];
  return Object.values(map)[0] ?? null;
}

/** Removes from a list the entries equal to `value` (or, given a key, whose key equals it). */
function withoutValue(args: readonly Expr[], ev: (expr: Expr) => unknown): unknown[] {
  const [list, keyOrValue, value] = all(args, ev);
  if (!Array.isArray(list)) return [];
  if (args.length >= 3) return list.filter((entry) => !equal(lookup(entry, toStr(keyOrValue)), value));
  return list.filter((entry) => !equal(entry, keyOrValue));
}

const DT_FUNCTIONS: Record<string, WidgetFunction> = {
  dtMapAppend: (args, _scope, ev) => {
    const [base, ...pairs] = all(args, ev);
    const map = newMap(base);
    for (let index = 0; index + 1 < pairs.length; index += 2) map[toStr(pairs[index])] = pairs[index + 1];
    return map;
  },
  dtArrayAppend: (args, _scope, ev) => {
    const [base, ...items] = all(args, ev);
    return [...(Array.isArray(base) ? base : []), ...items];
  },
  dtArrayJoin: (args, _scope, ev) => {
    const [list, separator] = all(args, ev);
    return Array.isArray(list) ? list.map(toStr).join(separator === undefined ? "," : toStr(separator)) : toStr(list);
  },
  // An assumption (no public page documents it): a list's items, or each item's value at a path;
  // given a count, the indexes 0…n-1, so a list view can repeat n times.
  dtArrayIterator: (args, _scope, ev) => {
    const [list, path] = all(args, ev);
    const count = numberOf(list);
    if (count !== undefined) return Array.from({ length: Math.max(0, Math.min(1000, Math.trunc(count))) }, (_, i) => i);
    if (!Array.isArray(list)) return [];
    return path === undefined || path === null || path === "" ? list : list.map((entry) => lookup(entry, toStr(path)));
  },
  dtFilterList: (args, _scope, ev) => withoutValue(args, ev),
  dtListFilter: (args, _scope, ev) => withoutValue(args, ev),

  dtDarkModeAdapter: (args, scope, ev) =>
    scope.ctx.dark ? (args[1] ? ev(args[1]) : first(args, ev)) : first(args, ev),
  dtDesignTokenParser: (args, scope, ev) => {
    const name = toStr(first(args, ev));
    if (args[1]) return ev(args[1]);
    const value = designToken(name, scope.ctx.dark);
    if (value === undefined) scope.ctx.onMissingToken(name);
    return value ?? null;
  },
  dtParserAvailable: (args, _scope, ev) => Object.hasOwn(FUNCTIONS, toStr(first(args, ev))),
  dtWidgetAvailable: (args, scope, ev) => scope.ctx.isKnownView(toStr(first(args, ev))),
  dtVersionEqualOrNewerThan: (args, scope, ev) => versionAtLeast(scope.ctx.clientVersion, toStr(first(args, ev))),
  dti18NAdapter: (args, scope, ev) => {
    const values = all(args, ev);
    const head = values[0];
    if (isMap(head)) return pickLocale(head, scope.ctx.locale);
    if (values.length >= 2 && values.length % 2 === 0) {
      const map = newMap();
      for (let index = 0; index + 1 < values.length; index += 2) map[toStr(values[index])] = values[index + 1];
      return pickLocale(map, scope.ctx.locale);
    }
    return head ?? null;
  },
  dtTimeFormat: (args, _scope, ev) => {
    const [time, pattern] = all(args, ev);
    return formatTime(
      time,
      pattern === undefined || pattern === null || pattern === "" ? "yyyy-MM-dd HH:mm" : toStr(pattern),
    );
  },
  dtServerTimeStamp: (_args, scope) => scope.ctx.now,
  linearGradient: (args, _scope, ev) => {
    const [direction, ...colors] = all(args, ev);
    return new Gradient(toStr(direction), colors.map(toStr));
  },

  dtSendOutData: action("dtSendOutData"),
  dtOpenLink: action("dtOpenLink"),
  dtConfirm: action("dtConfirm"),
  dtPreviewImage: action("dtPreviewImage"),
  dtCopyRichText: action("dtCopyRichText"),
  dtUtStat: action("dtUtStat"),
  dxEventHandler: action("dxEventHandler"),
  // Both handlers are kept with the condition's value now: a tap runs the chosen one, and a handler
  // that runs after a callback (DDEventView) is shown with both, as the answer may change the data.
  dtConditionalHandler: (args, _scope, ev) =>
    new Action("dtConditionalHandler", [
      truthy(first(args, ev)),
      args[1] ? asAction(ev(args[1])) : null,
      args[2] ? asAction(ev(args[2])) : null,
    ]),

  // An event chain step reads what an earlier step answered (the text typed into a prompt…); before
  // an answer the preview names the value instead.
  dtGetEventChainData: (args, scope, ev) => {
    const path = toStr(first(args, ev));
    const answer = scope.chainData ? getPath(scope.chainData, path) : undefined;
    return answer === undefined ? `⟨${path}⟩` : answer;
  },
  // The builder asks whether an event is only being bound (not run); in a preview it is always run.
  dxEventProp: (args, _scope, ev) => (toStr(first(args, ev)) === "isPrepareBind" ? false : null),
};

/** Every function the interpreter knows, by name. */
export const FUNCTIONS: Readonly<Record<string, WidgetFunction>> = Object.assign(
  Object.create(null) as Record<string, WidgetFunction>,
  CORE_FUNCTIONS,
  DT_FUNCTIONS,
);
