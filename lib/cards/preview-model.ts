import { resolveVisible, type Scope } from "./bind";
import { COMPONENT_BUILDERS } from "./preview-components";
import { isRecord } from "./template";

/**
 * The preview as data: schema.componentsTree bound to the form's values, each node reduced to what
 * the React renderer (components/card-preview) draws. Hidden nodes are left out; a component it
 * does not know becomes `unknown` (a labelled placeholder); a node whose props make a builder
 * throw becomes `unknown` too. Building never throws, whatever the export holds.
 */
export interface ButtonView {
  text: string;
  color: string;
  disabled: boolean;
}

export interface FormFieldView {
  label: string;
  kind: string;
  required: boolean;
  readOnly: boolean;
  value: string;
  placeholder: string;
  hidden: boolean;
}

export type PreviewView =
  | { type: "card"; title: string; tag: string; tagColor: string }
  | { type: "header"; title: string }
  | { type: "grid"; direction: "row" | "column" }
  | { type: "loop" }
  | { type: "text"; text: string; strong: boolean; maxLines: number | null }
  | { type: "markdown"; text: string }
  | { type: "tag"; text: string; color: string }
  | { type: "image"; label: string }
  | { type: "icon"; label: string }
  | { type: "avatar"; name: string }
  | { type: "divider" }
  | { type: "buttons"; buttons: ButtonView[]; direction: "row" | "column" }
  | { type: "input"; title: string; placeholder: string; value: string }
  | { type: "progress"; percent: number; showPercentage: boolean }
  | { type: "table"; columns: { key: string; label: string }[]; rows: string[][] }
  | { type: "form"; fields: FormFieldView[]; submitText: string; disabled: boolean }
  | { type: "checkbox"; text: string; checked: boolean }
  | { type: "select"; placeholder: string; value: string; options: string[] }
  | { type: "date"; placeholder: string; value: string }
  | { type: "collapse"; title: string; expanded: boolean }
  | { type: "unknown"; reason: "unsupported" | "broken" };

export interface PreviewNode {
  key: string;
  component: string;
  view: PreviewView;
  children: PreviewNode[];
}

export interface BuildContext {
  scope: Scope;
  /** The node's own `children`, as exported. */
  children: unknown;
  /** Child nodes of the current node, bound in a scope (Loop binds each item under its own key). */
  buildChildren(children: unknown, scope: Scope, keySuffix: string): PreviewNode[];
}

export type ComponentBuilder = (props: Record<string, unknown>, context: BuildContext) => PreviewView;

/** Bounds against hostile or corrupted exports: deep nesting and huge loops stay cheap. */
export const MAX_DEPTH = 40;
export const MAX_NODES = 3000;

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
      if (!builder) return { key, component, view: { type: "unknown", reason: "unsupported" }, children: build(node.children, nodeScope, key, depth + 1) };
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
