import { resolveVisible, type Scope } from "./bind.model";
import type { BuildContext, PreviewNode } from "./preview-types.model";
import { COMPONENT_BUILDERS } from "./preview-components.model";
import { isRecord } from "./card-export.model";

/**
 * The preview as data: schema.componentsTree bound to the form's values, each node reduced to what
 * the React renderer (components/card-preview) draws. Hidden nodes are left out; a component it
 * does not know becomes `unknown` (a labelled placeholder); a node whose props make a builder
 * throw becomes `unknown` too. Building never throws, whatever the export holds.
 */

export type { PreviewNode, PreviewView } from "./preview-types.model";
/** Bounds against hostile or corrupted exports: deep nesting and huge loops stay cheap. */
const MAX_DEPTH = 40;
const MAX_NODES = 3000;

export function buildPreview(tree: unknown, scope: Scope): PreviewNode[] {
  let count = 0;
  const build = (nodes: unknown, nodeScope: Scope, path: string, depth: number): PreviewNode[] => {
    const list = Array.isArray(nodes) ? nodes : isRecord(nodes) ? [nodes] : [];
    const out: PreviewNode[] = [];
    for (const [index, node] of list.entries()) {
      if (count >= MAX_NODES || depth > MAX_DEPTH) break;
      const built = buildNode(node, nodeScope, `${path}.${index}`, depth);
      if (built) out.push(built);
    }
    return out;
  };
  const buildNode = (node: unknown, nodeScope: Scope, key: string, depth: number): PreviewNode | null => {
    if (!isRecord(node)) return null;
    count += 1;
    const component = typeof node.componentName === "string" && node.componentName !== "" ? node.componentName : "?";
    try {
      // `condition: false` and `hidden: true` are the builder's own switches for a node.
      if (node.condition === false || node.hidden === true) return null;
      const props = isRecord(node.props) ? node.props : {};
      if (!resolveVisible(props.visible, nodeScope)) return null;
      const builder = Object.hasOwn(COMPONENT_BUILDERS, component) ? COMPONENT_BUILDERS[component] : undefined;
      if (!builder)
        return {
          key,
          component,
          view: { type: "unknown", reason: "unsupported" },
          children: build(node.children, nodeScope, key, depth + 1),
        };
      // Set when the builder lays out its own children (Loop); otherwise they are built as they are.
      let children: PreviewNode[] | null = null;
      const context: BuildContext = {
        scope: nodeScope,
        children: node.children,
        buildChildren: (childNodes, childScope, keySuffix) => {
          const built = build(childNodes, childScope, `${key}${keySuffix}`, depth + 1);
          children = [...(children ?? []), ...built];
          return built;
        },
      };
      const view = builder(props, context);
      return { key, component, view, children: children ?? build(node.children, nodeScope, key, depth + 1) };
    } catch {
      return { key, component, view: { type: "unknown", reason: "broken" }, children: [] };
    }
  };
  return build(tree, scope, "n", 0);
}

/** Every text a person would read in the preview, for tests and thumbnails' accessible names. */
export function previewTexts(nodes: readonly PreviewNode[]): string[] {
  const texts: string[] = [];
  const visit = (node: PreviewNode) => {
    const view = node.view;
    switch (view.type) {
      case "card":
        texts.push(view.title, view.tag);
        break;
      case "header":
      case "collapse":
        texts.push(view.title);
        break;
      case "text":
      case "markdown":
      case "tag":
        texts.push(view.text);
        break;
      case "buttons":
        texts.push(...view.buttons.map((button) => button.text));
        break;
      case "input":
        texts.push(view.title, view.value);
        break;
      case "table":
        texts.push(...view.columns.map((column) => column.label), ...view.rows.flat());
        break;
      case "form":
        texts.push(...view.fields.map((field) => field.label), view.submitText);
        break;
      case "checkbox":
        texts.push(view.text);
        break;
      case "select":
      case "date":
        texts.push(view.value);
        break;
      default:
        break;
    }
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return texts.filter((text) => text !== "");
}
