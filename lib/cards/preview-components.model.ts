import { asText, resolveNumber, resolveText, resolveValue, resolveVisible, truthy, type Scope } from "./bind.model";
import type { BuildContext, ButtonView, ComponentBuilder, FormFieldView, PreviewView } from "./preview-types.model";
import { isRecord } from "./card-export.model";

/** What each known builder component shows. Props are read defensively: exports vary by version. */

function firstText(props: Record<string, unknown>, keys: readonly string[], scope: Scope): string {
  for (const key of keys) {
    const text = resolveText(props[key], scope);
    if (text !== "") return text;
  }
  return "";
}

function selectValue(prop: unknown, scope: Scope, fallback: string): string {
  const text = resolveText(prop, scope);
  return text !== "" ? text : fallback;
}

function button(entry: unknown, scope: Scope): ButtonView | null {
  if (!isRecord(entry) || !resolveVisible(entry.visible, scope)) return null;
  const status = selectValue(entry.status, scope, "normal");
  return {
    text: resolveText(entry.text, scope),
    color: selectValue(entry.color, scope, "blue"),
    disabled: status === "disabled",
  };
}

function buttons(list: unknown, scope: Scope): ButtonView[] {
  return (Array.isArray(list) ? list : [])
    .map((entry) => button(entry, scope))
    .filter((entry): entry is ButtonView => entry !== null);
}

function cellText(value: unknown): string {
  // MICROAPP cells hold {icon, name}: the name is what a reader sees.
  if (isRecord(value) && typeof value.name === "string") return value.name;
  return asText(value);
}

function table(props: Record<string, unknown>, scope: Scope): PreviewView {
  const data = resolveValue(props.data, scope);
  const meta = isRecord(data) && Array.isArray(data.meta) ? data.meta.filter(isRecord) : [];
  const rows = isRecord(data) && Array.isArray(data.data) ? data.data : [];
  const columns = meta.map((column) => {
    const key = asText(column.alias);
    return { key, label: asText(column.aliasName) || key };
  });
  return {
    type: "table",
    columns,
    rows: rows.slice(0, 50).map((row) => columns.map((column) => (isRecord(row) ? cellText(row[column.key]) : ""))),
  };
}

function formField(entry: unknown): FormFieldView | null {
  if (!isRecord(entry)) return null;
  const fallback = isRecord(entry.defaultValue) ? entry.defaultValue : null;
  return {
    label: asText(entry.label) || asText(entry.name),
    kind: asText(entry.type) || "TEXT",
    required: entry.required === true,
    readOnly: entry.readOnly === true,
    // Select defaults are `{index, value}`; other defaults are plain values.
    value: fallback ? asText(fallback.value ?? fallback.text) : asText(entry.defaultValue),
    placeholder: asText(entry.placeholder),
    hidden: entry.hidden === true,
  };
}

function form(props: Record<string, unknown>, scope: Scope): PreviewView {
  const schema = resolveValue(props.formSchema, scope);
  const fields =
    isRecord(schema) && Array.isArray(schema.fields)
      ? schema.fields.map(formField).filter((field): field is FormFieldView => field !== null && !field.hidden)
      : [];
  return {
    type: "form",
    fields,
    submitText: resolveText(props.submitText, scope),
    disabled: selectValue(props.status, scope, "normal") === "disabled",
  };
}

/** Loop repeats its children once per item of a bound array; each item is `item` (and `index`) in scope. */
function loop(props: Record<string, unknown>, context: BuildContext): PreviewView {
  const source = ["data", "loopData", "dataSource", "list", "items", "value"]
    .map((key) => resolveValue(props[key], context.scope))
    .find(Array.isArray);
  const items = Array.isArray(source) ? source.slice(0, 50) : [];
  items.forEach((item, index) => {
    const itemScope = { ...context.scope, ...(isRecord(item) ? item : {}), item, index, $item: item, $index: index };
    context.buildChildren(context.children, itemScope, `.i${index}`);
  });
  // An empty list still renders nothing rather than the unbound template row.
  if (items.length === 0) context.buildChildren([], context.scope, "");
  return { type: "loop" };
}

function options(prop: unknown, scope: Scope): string[] {
  const value = resolveValue(prop, scope);
  return (Array.isArray(value) ? value : [])
    .map((option) => (isRecord(option) ? asText(option.text ?? option.label ?? option.value) : asText(option)))
    .slice(0, 50);
}

const textBuilder: ComponentBuilder = (props, { scope }) => {
  const maxLines = resolveNumber(props.maxLine, scope);
  return {
    type: "text",
    text: firstText(props, ["text", "content", "title"], scope),
    strong: props.size === "large" || props.fontWeight === "bold",
    maxLines,
  };
};

const cardBuilder: ComponentBuilder = (props, { scope }) => ({
  type: "card",
  title: firstText(props, ["cardName", "title"], scope),
  tag: resolveText(props.tagText, scope),
  tagColor: selectValue(props.tagColor, scope, "blue"),
});

const gridBuilder: ComponentBuilder = (props) => ({
  type: "grid",
  direction: props.direction === "vertical" ? "column" : "row",
});
const dividerBuilder: ComponentBuilder = () => ({ type: "divider" });

export const COMPONENT_BUILDERS: Readonly<Record<string, ComponentBuilder>> = {
  Card: cardBuilder,
  StdCard: cardBuilder,
  CardHeaderV2: (props, { scope }) => ({ type: "header", title: firstText(props, ["title", "text"], scope) }),
  CardHeader: (props, { scope }) => ({ type: "header", title: firstText(props, ["title", "text"], scope) }),
  Grid: gridBuilder,
  Column: gridBuilder,
  Loop: (props, context) => loop(props, context),
  BaseText: textBuilder,
  Text: textBuilder,
  Markdown: (props, { scope }) => ({ type: "markdown", text: firstText(props, ["content", "text"], scope) }),
  Tag: (props, { scope }) => ({
    type: "tag",
    text: resolveText(props.text, scope),
    color: selectValue(props.color, scope, "blue"),
  }),
  Image: (props, { scope }) => ({ type: "image", label: firstText(props, ["hoverText", "alt"], scope) }),
  Icon: (props, { scope }) => {
    const icon = isRecord(props.icon) ? props.icon : isRecord(props.iconFont) ? props.iconFont : {};
    return { type: "icon", label: asText(icon.icon) || resolveText(props.icon, scope) };
  },
  Avatar: (props, { scope }) => ({
    type: "avatar",
    name: firstText(props, ["name", "text", "nick", "userName"], scope),
  }),
  Divider: dividerBuilder,
  DividerBlock: dividerBuilder,
  ButtonBlock: (props, { scope }) => ({ type: "buttons", buttons: buttons(props.buttons, scope), direction: "row" }),
  ButtonList: (props, { scope }) => ({
    type: "buttons",
    buttons: buttons(isRecord(props.buttons) ? props.buttons.list : props.buttons, scope),
    direction: props.direction === "vertical" ? "column" : "row",
  }),
  SingleButton: (props, { scope }) => {
    const view = button({ ...props, visible: undefined }, scope);
    return { type: "buttons", buttons: view ? [view] : [], direction: "row" };
  },
  Input: (props, { scope }) => ({
    type: "input",
    title: resolveText(props.title, scope),
    placeholder: resolveText(props.placeholder, scope),
    value: resolveText(props.currentValue, scope),
  }),
  ProgressBar: (props, { scope }) => ({
    type: "progress",
    percent: Math.max(0, Math.min(100, resolveNumber(props.progress, scope) ?? 0)),
    showPercentage: props.showPercentage !== false,
  }),
  Table: (props, { scope }) => table(props, scope),
  Form: (props, { scope }) => form(props, scope),
  Checkbox: (props, { scope }) => ({
    type: "checkbox",
    text: firstText(props, ["text", "label", "title"], scope),
    checked: truthy(resolveValue(props.checked ?? props.value, scope)),
  }),
  SelectBlock: (props, { scope }) => ({
    type: "select",
    placeholder: resolveText(props.placeholder, scope),
    value: firstText(props, ["currentValue", "value", "selected"], scope),
    options: options(props.options ?? props.selectOptions, scope),
  }),
  DatePickerBlock: (props, { scope }) => ({
    type: "date",
    placeholder: resolveText(props.placeholder, scope),
    value: firstText(props, ["currentValue", "value", "date"], scope),
  }),
  CollapsePanel: (props, { scope }) => ({
    type: "collapse",
    title: firstText(props, ["title", "header", "text"], scope),
    expanded: truthy(resolveValue(props.expanded ?? props.defaultExpanded, scope)),
  }),
};
