import type { Expr } from "./expression.model";
import { FUNCTIONS } from "./functions.model";
import type { Scope } from "./scope.model";

/** Evaluation steps per value: a bound on hostile input (`@add{@add{…}}` fan-out), never reached by real cards. */
const STEP_LIMIT = 200_000;

/** The interpreter of parsed attribute values: a tree walk over the FUNCTIONS table, never eval. */
export function evaluate(expr: Expr, scope: Scope): unknown {
  let steps = 0;
  const ev = (node: Expr): unknown => {
    if (++steps > STEP_LIMIT) return null;
    switch (node.k) {
      case "lit":
        return node.v;
      case "concat":
        return node.parts.map((part) => textOf(ev(part))).join("");
      case "seq":
        return node.items.map(ev);
      case "error":
        scope.ctx.onSyntaxError(node.raw);
        return null;
      case "call": {
        const fn = Object.hasOwn(FUNCTIONS, node.name) ? FUNCTIONS[node.name] : undefined;
        if (!fn) {
          scope.ctx.onUnknownFunction(node.name);
          return null;
        }
        try {
          return fn(node.args, scope, ev);
        } catch {
          return null;
        }
      }
    }
  };
  return ev(expr);
}

function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}
