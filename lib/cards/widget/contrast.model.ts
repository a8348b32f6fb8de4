/**
 * Legible text in the preview. DingTalk's own greys (e.g. `#66171A1D`, 40% of near-black) and
 * disabled buttons fall below WCAG AA (4.5:1) on the card; the console's pages must meet it, so a
 * text colour that would fall short is moved toward black or white just far enough, keeping its
 * hue. Colours that pass are drawn exactly as the layout gives them.
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const HEX = /^#([0-9a-f]{3,8})$/i;
const RGB = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+%?)\s*)?\)$/i;

/** A CSS colour (hex in CSS's RGBA order, rgb(), rgba()), or undefined. */
export function parseCss(color: string | undefined): Rgba | undefined {
  if (!color) return undefined;
  const hex = HEX.exec(color.trim());
  if (hex) {
    let digits = hex[1] ?? "";
    if (digits.length === 3 || digits.length === 4) digits = [...digits].map((d) => d + d).join("");
    if (digits.length !== 6 && digits.length !== 8) return undefined;
    const n = (i: number) => Number.parseInt(digits.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: digits.length === 8 ? n(6) / 255 : 1 };
  }
  const rgb = RGB.exec(color.trim());
  if (!rgb) return undefined;
  const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith("%") ? Number.parseFloat(rgb[4]) / 100 : Number(rgb[4]);
  return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: Math.max(0, Math.min(1, alpha)) };
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (a: number, b: number) => a * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

function luminance({ r, g, b }: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const toHex = ({ r, g, b }: Rgba) =>
  `#${[r, g, b]
    .map((value) =>
      Math.round(Math.max(0, Math.min(255, value)))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;

export interface Legible {
  /** The text colour to draw. */
  color: string;
  /** A deeper (or paler) background to draw instead, when no text colour in its direction reaches the ratio. */
  surface?: Rgba;
}

const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };
const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/**
 * Keeps text at `ratio` on an opaque background, changing as little as it can: the colour itself
 * when it passes; else the nearest mix toward white (light text) or black (dark text) that does;
 * else, when even white or black falls short (white on DingTalk's #007FFF), the text stays and the
 * background deepens (or pales, by at most a quarter) until it passes, if `canTone`; otherwise
 * the other pole is used.
 */
export function legibleOn(text: string, background: Rgba, ratio = 4.5, canTone = true): Legible {
  const parsed = parseCss(text);
  if (!parsed) return { color: text };
  const painted = over(parsed, background);
  if (contrast(painted, background) >= ratio) return { color: text };
  const light = luminance(painted) > luminance(background);
  const pole = light ? WHITE : BLACK;
  for (let step = 1; step <= 20; step++) {
    const mixed = over({ ...pole, a: step / 20 }, painted);
    if (contrast(mixed, background) >= ratio) return { color: toHex(mixed) };
  }
  if (canTone) {
    const away = light ? BLACK : WHITE;
    // At most a quarter deeper: past that the background would no longer look like itself.
    for (let step = 1; step <= 5; step++) {
      const toned = over({ ...away, a: step / 20 }, background);
      if (contrast(pole, toned) >= ratio) return { color: toHex(pole), surface: toned };
    }
  }
  const other = light ? BLACK : WHITE;
  return { color: toHex(contrast(other, background) > contrast(pole, background) ? other : pole) };
}

/** The text colour that keeps `ratio` on the background (the background itself never changes). */
export function legible(text: string | undefined, background: Rgba, ratio = 4.5): string | undefined {
  return text === undefined ? undefined : legibleOn(text, background, ratio, false).color;
}

export { toHex };
