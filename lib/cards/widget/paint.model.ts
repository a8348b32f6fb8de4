import { over, parseCss, type Rgba } from "./contrast.model";
import type { Css, Getter } from "./style.model";
import { colorToken } from "./tokens.model";
import { Gradient, cssColor } from "./values.model";

/**
 * What a view paints under its text, for legible text (contrast.model.ts), and the height limit
 * a view may carry.
 */

/** The card's own colours, under any layout background: DingTalk's card and text in each theme. */
export const LIGHT_CARD = "#FFFFFF";
export const DARK_CARD = "#1E1E1E";
export const LIGHT_TEXT = "#171A1D";
export const DARK_TEXT = "#EEF2F8";

/** What the preview draws where a card has nothing to show yet (an image from a media id, inline code). */
export const PLACEHOLDER_FILL = "rgba(126,134,142,0.16)";

/** DingTalk's blue (links, the "show more" of a fold) in the theme, from the token table. */
export function themeBlue(dark: boolean): string {
  return colorToken("common_blue1_color", dark) ?? LIGHT_TEXT;
}

/** Chart series colours: DingTalk's blue, green, orange and red tokens, then a violet and a cyan. */
export function chartPalette(dark: boolean): string[] {
  const tokens = ["common_blue1_color", "common_green1_color", "common_orange1_color", "common_red1_color"];
  return [
    ...tokens.map((name) => colorToken(name, dark) ?? LIGHT_TEXT),
    ...(dark ? ["#9C87FF", "#2CD1DC"] : ["#7B61FF", "#00B8C4"]),
  ];
}

/** The opaque colour under a view's text, and the CSS of the view that paints it with a solid colour (it may be toned). */
export interface Surface {
  rgba: Rgba;
  owner?: Css;
}

/** What a view paints its children on: its background (a gradient's first colour) over what is below. */
export function surfaceOf(get: Getter, css: Css, below: Surface): Surface {
  const gradients = [get("backgroundColor"), get("backgroundGradient")].filter((value) => value instanceof Gradient);
  const plain = typeof css.backgroundColor === "string" && css.backgroundImage === undefined;
  // A gradient of one colour (the builder draws solid buttons so) is that colour.
  const uniform =
    gradients.length > 0 && gradients.every((value) => new Set(value.colors.map((c) => c.toUpperCase())).size === 1);
  const own = parseCss(plain ? String(css.backgroundColor) : cssColor(gradients[0]?.colors[0]));
  if (!own) return below;
  const rgba = over(own, below.rgba);
  // A solid colour can be deepened: drawn opaque, as it looks over what is below, then deeper.
  return plain || uniform ? { rgba, owner: css } : { rgba };
}

const UNFOLDED = new Set(["unfold", "unfolded", "expand", "expanded", "open", "1", "true"]);

/**
 * A height limit (`tborderJson="heightLimit-480-<localData key>-<state>"`, what AI cards use for
 * long answers): the view is cut at `limit` until the local data key says "unfold".
 */
export function heightLimit(text: string): { limit: number; key: string; folded: boolean } | undefined {
  const match = /^heightLimit-(\d+)-([A-Za-z_$][\w$]*)-(.*)$/.exec(text.trim());
  if (!match) return undefined;
  return { limit: Number(match[1]), key: match[2] ?? "", folded: !UNFOLDED.has((match[3] ?? "").toLowerCase()) };
}
