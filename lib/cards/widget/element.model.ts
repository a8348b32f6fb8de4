/**
 * The layout as elements: widgetInfo's XML, already parsed by an XML parser (txml in
 * components/card-widget/parse-widget.ts) and copied into plain, prototype-free records here.
 */
export interface WidgetElement {
  tag: string;
  attrs: Readonly<Record<string, string>>;
  children: readonly WidgetElement[];
}

/** Deeper nesting than this is cut (a real card is 20–40 levels deep). */
const MAX_DEPTH = 200;
/** More elements than this are not read (the largest public export has about 3,000). */
const MAX_ELEMENTS = 20_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Copies parser nodes (`{tagName, attributes, children}`, text children ignored) into elements,
 * skipping processing instructions and anything malformed; never throws.
 */
export function fromXmlNodes(nodes: readonly unknown[]): WidgetElement[] {
  let budget = MAX_ELEMENTS;
  const convert = (list: readonly unknown[], depth: number): WidgetElement[] => {
    const out: WidgetElement[] = [];
    for (const node of list) {
      if (!isRecord(node) || typeof node.tagName !== "string" || budget <= 0) continue;
      const tag = node.tagName;
      if (tag === "" || tag.startsWith("?") || tag.startsWith("!")) continue;
      budget--;
      const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
      if (isRecord(node.attributes))
        for (const [name, value] of Object.entries(node.attributes))
          attrs[name] = typeof value === "string" ? value : "";
      const children = depth < MAX_DEPTH && Array.isArray(node.children) ? convert(node.children, depth + 1) : [];
      out.push({ tag, attrs, children });
    }
    return out;
  };
  return convert(nodes, 0);
}
