/**
 * DingTalk's named colours for tags and buttons, toned so text on the card meets WCAG AA contrast
 * (4.5:1) on the light and the dark card background; anything else falls back to blue.
 */
const LIGHT: Record<string, string> = {
  blue: "#0060C7",
  gray: "#53575E",
  grey: "#53575E",
  red: "#C23A0C",
  green: "#007A2E",
  orange: "#A35C00",
  yellow: "#806000",
  purple: "#6B3FD1",
  black: "#171A1D",
};
const DARK: Record<string, string> = {
  blue: "#5CB0FF",
  gray: "#B4B8BF",
  grey: "#B4B8BF",
  red: "#FF8A66",
  green: "#4CD483",
  orange: "#FFB04D",
  yellow: "#FFD24D",
  purple: "#B79BFF",
  black: "#F2F2F6",
};

export function colorOf(name: string, dark = false): string {
  return (dark ? DARK : LIGHT)[name] ?? (dark ? "#5CB0FF" : "#0060C7");
}
