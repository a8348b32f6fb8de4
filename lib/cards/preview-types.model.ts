import type { Scope } from "./bind.model";

/** The preview as data, shared by the builder (preview.model.ts), the component builders and the React view. */
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
