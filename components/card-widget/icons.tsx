/**
 * DDIconView draws a glyph of DingTalk's icon font, named `::icon_name::`. The preview has no copy
 * of that font, so common names are drawn as a close line icon (24×24 strokes in the text's colour
 * and size, no font needed) and any other name as a neutral dot of the same size, so the icon's
 * place and size stay right. A text that is not a name is shown as is.
 */
const PATHS = {
  close: ["M6 6l12 12M18 6L6 18"],
  check: ["M5 12.5l4.5 4.5L19 7.5"],
  circle: ["M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16z"],
  selected: ["M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z", "M7.5 12.5l3 3 6-6.5"],
  right: ["M9 5l7 7-7 7"],
  left: ["M15 5l-7 7 7 7"],
  down: ["M5 9l7 7 7-7"],
  up: ["M5 15l7-7 7 7"],
  add: ["M12 5v14M5 12h14"],
  more: ["M5 12h.01M12 12h.01M19 12h.01"],
  refresh: ["M20 12a8 8 0 1 1-2.3-5.7", "M20 4v5h-5"],
  search: ["M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14z", "M16 16l4.5 4.5"],
  info: ["M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z", "M12 11v6M12 7.5h.01"],
  warning: ["M12 3.5L2.5 20h19L12 3.5z", "M12 10v4.5M12 17.5h.01"],
  star: ["M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1L3.2 9.5l6.1-.9z"],
  time: ["M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z", "M12 7v5l3 2"],
  like: ["M7 10v10H4V10h3z", "M7 10l4-7c1.5 0 2.5 1 2.2 2.6L12.6 9H19a2 2 0 0 1 2 2.3l-1.3 7A2 2 0 0 1 17.7 20H7"],
  dislike: ["M7 14V4H4v10h3z", "M7 14l4 7c1.5 0 2.5-1 2.2-2.6L12.6 15H19a2 2 0 0 0 2-2.3l-1.3-7A2 2 0 0 0 17.7 4H7"],
  copy: ["M9 9h11v11H9z", "M5 15H4V4h11v1"],
  share: ["M14 4h6v6M20 4l-9 9", "M18 14v6H4V6h6"],
  link: ["M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1", "M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"],
  delete: ["M4 7h16M9 7V4h6v3", "M6 7l1 13h10l1-13"],
  location: ["M12 21s-7-6-7-11a7 7 0 0 1 14 0c0 5-7 11-7 11z", "M12 8a2 2 0 1 0 0 4a2 2 0 1 0 0-4z"],
  calendar: ["M4 6h16v14H4zM4 10h16", "M8 3v4M16 3v4"],
  user: ["M12 4a4 4 0 1 0 0 8a4 4 0 1 0 0-8z", "M4 20c1.5-4 4.5-6 8-6s6.5 2 8 6"],
  edit: ["M4 20h4L19 9l-4-4L4 16v4z", "M13 7l4 4"],
} satisfies Record<string, readonly string[]>;
type Icon = keyof typeof PATHS;

/** Icon names (without `::icon_` and an `XDS_` prefix, lower case) by the drawing they get. */
const NAMES: Record<string, Icon> = {
  close: "close",
  wd_close: "close",
  refused: "close",
  reject: "close",
  accept: "check",
  check: "check",
  done: "check",
  selected: "selected",
  checked: "selected",
  select: "selected",
  unselected: "circle",
  unchecked: "circle",
  circleline: "circle",
  circle: "circle",
  radio: "circle",
  copy: "copy",
  compile: "edit",
  edit: "edit",
  rightarrow: "right",
  arrow_right: "right",
  right: "right",
  leftarrow: "left",
  arrow_left: "left",
  left: "left",
  arrow_down: "down",
  down: "down",
  downarrow: "down",
  arrow_up: "up",
  up: "up",
  uparrow: "up",
  add: "add",
  plus: "add",
  more: "more",
  refresh: "refresh",
  search: "search",
  info: "info",
  warning: "warning",
  star: "star",
  time: "time",
  clock: "time",
  like: "like",
  thumbup: "like",
  dislike: "dislike",
  thumbdown: "dislike",
  share: "share",
  link: "link",
  delete: "delete",
  location: "location",
  calendar: "calendar",
  user: "user",
};

/** The drawing for an icon name, by its exact name, else a known word it starts or ends with. */
export function iconOf(text: string): Icon | "dot" | null {
  const match = /^::icon_(.+)::$/.exec(text.trim());
  if (!match) return null;
  const name = (match[1] ?? "").replace(/^XDS_/i, "").toLowerCase();
  if (Object.hasOwn(NAMES, name)) return NAMES[name] ?? "dot";
  // Longer words first, so "dislike" wins over "like" and "unselected" over "selected".
  const word = Object.keys(NAMES)
    .sort((a, b) => b.length - a.length)
    .find((key) => name.endsWith(key) || name.startsWith(key));
  return word ? (NAMES[word] ?? "dot") : "dot";
}

/** An icon view's content: the line icon at the text's size and colour, a dot, or the text itself. */
export function IconGlyph({ text }: { text: string }) {
  const icon = iconOf(text);
  if (icon === null) return text;
  if (icon === "dot") return "•";
  return (
    <svg
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={icon === "more" ? 3 : 1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      style={{ display: "inline-block", verticalAlign: "middle" }}
      data-icon={icon}
    >
      {PATHS[icon].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
