/**
 * DingTalk design tokens for @dtDesignTokenParser calls that carry no inline fallback. A call with a
 * fallback (`@dtDesignTokenParser{'common_body_text_style__font_size', '15'}`) uses the fallback,
 * as the issue asks; this table fills in the rest. The values are the ones the builder's own
 * fallbacks give for the same token elsewhere (colours are ARGB hex, light then dark), and the
 * builder's defaults for text styles (font size in np, line height as a factor, bold 0/1).
 */
const TOKENS: Record<string, readonly [light: string | number, dark: string | number]> = {
  common_level1_base_color: ["#171A1D", "#EEF2F8"],
  common_level2_base_color: ["#CC171A1D", "#CCEEF2F8"],
  common_level3_base_color: ["#99171A1D", "#99EEF2F8"],
  common_level4_base_color: ["#66171A1D", "#66EEF2F8"],
  common_level5_base_color: ["#3D171A1D", "#52FFFFFF"],
  common_fg_color: ["#FFFFFF", "#1E1E1E"],
  common_bg_color: ["#F2F2F6", "#111213"],
  common_fg_press_color: ["#F2F2F6", "#2B2B2B"],
  common_line_light_color: ["#297E868E", "#1A7E868E"],
  common_line_color: ["#3D7E868E", "#3D7E868E"],
  common_overlay_color: ["#0A000000", "#0AFFFFFF"],
  common_blue1_color: ["#007FFF", "#47A9FF"],
  common_theme_color: ["#007FFF", "#47A9FF"],
  common_red1_color: ["#FF5219", "#FF5E2B"],
  common_green1_color: ["#00B853", "#2BC96E"],
  common_orange1_color: ["#FF9200", "#FFA01F"],
  common_white1_color: ["#FFFFFF", "#F5FFFFFF"],
  common_title_text_style__font_size: [17, 17],
  common_title_text_style__line_height: [1.4, 1.4],
  common_title_text_style__bold: [1, 1],
  common_subtitle_text_style__font_size: [16, 16],
  common_subtitle_text_style__line_height: [1.5, 1.5],
  common_subtitle_text_style__bold: [1, 1],
  common_body_text_style__font_size: [15, 15],
  common_body_text_style__line_height: [1.5, 1.5],
  common_body_text_style__bold: [0, 0],
  common_paragraph_text_style__font_size: [14, 14],
  common_paragraph_text_style__line_height: [1.5, 1.5],
  common_paragraph_text_style__bold: [0, 0],
  common_description_text_style__font_size: [12, 12],
  common_description_text_style__line_height: [1.5, 1.5],
  common_description_text_style__bold: [0, 0],
  common_footnote_text_style__font_size: [12, 12],
  common_footnote_text_style__line_height: [1.5, 1.5],
  common_footnote_text_style__bold: [0, 0],
  common_h1_text_style__font_size: [24, 24],
  common_h2_text_style__font_size: [22, 22],
  common_h3_text_style__font_size: [20, 20],
  common_h4_text_style__font_size: [18, 18],
  common_h5_text_style__font_size: [16, 16],
  common_h6_text_style__font_size: [15, 15],
};

/** A token's value for the theme, or undefined when the table does not have it. */
export function designToken(name: string, dark: boolean): string | number | undefined {
  const entry = Object.hasOwn(TOKENS, name) ? TOKENS[name] : undefined;
  return entry ? entry[dark ? 1 : 0] : undefined;
}

/** A rich text `sizeToken` (e.g. common_h3_text_style__font_size) in np, undefined when unknown. */
export function sizeToken(name: string): number | undefined {
  const value = designToken(name, false);
  return typeof value === "number" ? value : undefined;
}

/** A rich text `colorTokenV2` (e.g. common_red1_color) as a colour for the theme. */
export function colorToken(name: string, dark: boolean): string | undefined {
  const value = designToken(name, dark);
  return typeof value === "string" ? value : undefined;
}
