/** DingTalk's named colours for tags and buttons; anything else falls back to blue. */
const COLORS: Record<string, string> = {
  blue: "#0089FF",
  gray: "#7A7E85",
  grey: "#7A7E85",
  red: "#FF5219",
  green: "#00B042",
  orange: "#FF9200",
  yellow: "#FFC300",
  purple: "#8F5AF0",
  black: "#171A1D",
};

export function colorOf(name: string): string {
  return COLORS[name] ?? (/^#[0-9a-f]{3,8}$/i.test(name) ? name : "#0089FF");
}
