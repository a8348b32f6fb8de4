import type { WidgetElement } from "./element.model";
import { evaluate } from "./evaluate.model";
import { parseExpression } from "./expression.model";
import type { Scope } from "./scope.model";
import type { Css } from "./style.model";
import { isMap, toStr } from "./values.model";

/**
 * DDCSSStyleView gives another view (its `targetNode`, a userId) extra CSS, and DDAnimationView
 * names keyframes that CSS may animate. The preview draws the resting state: the styles, with an
 * animation replaced by its first keyframe. Only box-painting properties pass, and an image only
 * as a gradient, so a card cannot make the console fetch anything or cover the page.
 */

const ALLOWED = new Set([
  "background-color",
  "background-image",
  "background-origin",
  "background-clip",
  "border",
  "border-color",
  "border-width",
  "border-style",
  "border-radius",
  "opacity",
  "box-shadow",
]);

function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** Whitelisted CSS declarations from a `{property: value}` map. */
function safeCss(styles: unknown): Css {
  const css: Css = {};
  if (!isMap(styles)) return css;
  for (const [property, raw] of Object.entries(styles)) {
    const name = property.trim().toLowerCase();
    const value = toStr(raw).trim();
    if (!ALLOWED.has(name) || value === "" || /url\s*\(|expression\s*\(|[;{}<>\\]/i.test(value)) continue;
    if (name === "background-image" && !/gradient\(/i.test(value)) continue;
    css[camel(name)] = value;
  }
  return css;
}

function walk(elements: readonly WidgetElement[], visit: (element: WidgetElement) => void) {
  const stack = [...elements];
  while (stack.length > 0) {
    const element = stack.pop() as WidgetElement;
    visit(element);
    stack.push(...element.children);
  }
}

/** The extra CSS of every targeted view, by userId, evaluated once at the card's top level. */
export function targetedStyles(elements: readonly WidgetElement[], scope: Scope): Map<string, Css> {
  const keyframes = new Map<string, Css>();
  const styles: { target: string; css: unknown }[] = [];
  const value = (element: WidgetElement, name: string) => {
    const raw = element.attrs[name];
    return raw === undefined ? undefined : evaluate(parseExpression(raw), scope);
  };
  walk(elements, (element) => {
    if (element.tag === "DDAnimationView") {
      const frames = value(element, "animation");
      const first = isMap(frames) ? (frames["0%"] ?? frames.from ?? Object.values(frames)[0]) : undefined;
      keyframes.set(toStr(value(element, "name")), safeCss(first));
    } else if (element.tag === "DDCSSStyleView") {
      styles.push({ target: toStr(value(element, "targetNode")), css: value(element, "cssStyles") });
    }
  });
  const byTarget = new Map<string, Css>();
  for (const { target, css } of styles) {
    if (target === "") continue;
    const merged: Css = { ...byTarget.get(target), ...safeCss(css) };
    const animation = isMap(css) ? toStr(css.animation).trim().split(/\s+/)[0] : undefined;
    if (animation && keyframes.has(animation)) Object.assign(merged, keyframes.get(animation));
    byTarget.set(target, merged);
  }
  return byTarget;
}
