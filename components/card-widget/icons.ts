/**
 * DDIconView draws a glyph of DingTalk's icon font, named `::icon_name::`. The preview has no copy
 * of that font, so common names map to a close Unicode symbol and any other name to a neutral
 * dot of the same size (the icon's place and size stay right). A text that is not a name is shown as is.
 */
const GLYPHS: Record<string, string> = {
  close: "✕",
  wd_close: "✕",
  refused: "✕",
  reject: "✕",
  accept: "✓",
  check: "✓",
  selected: "✓",
  done: "✓",
  copy: "⧉",
  compile: "✎",
  edit: "✎",
  rightarrow: "›",
  arrow_right: "›",
  right: "›",
  leftarrow: "‹",
  arrow_left: "‹",
  left: "‹",
  arrow_down: "⌄",
  down: "⌄",
  downarrow: "⌄",
  arrow_up: "⌃",
  up: "⌃",
  uparrow: "⌃",
  add: "+",
  plus: "+",
  more: "⋯",
  refresh: "↻",
  search: "⌕",
  info: "ⓘ",
  warning: "⚠",
  star: "★",
  time: "◷",
  clock: "◷",
  like: "👍",
  dislike: "👎",
  share: "↗",
  link: "🔗",
  delete: "🗑",
  location: "⌖",
  calendar: "▦",
  user: "👤",
};

export function iconGlyph(text: string): string {
  const match = /^::icon_(.+)::$/.exec(text.trim());
  if (!match) return text;
  const name = (match[1] ?? "").replace(/^XDS_/i, "").toLowerCase();
  if (Object.hasOwn(GLYPHS, name)) return GLYPHS[name] ?? "•";
  const word = Object.keys(GLYPHS).find((key) => name.endsWith(key) || name.startsWith(key));
  return word ? (GLYPHS[word] ?? "•") : "•";
}
