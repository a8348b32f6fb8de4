import { findUnsafeText } from "@/lib/core/text";

/**
 * The card builder's export format (see ../shared/card-templates/README.md): `editorData` is a JSON
 * *string* holding `variableList`, `mockData` and `schema.componentsTree`. Parsing is lenient about
 * everything the preview and the form do not need, and strict about the three parts they do, so any
 * real export imports and a wrong file gets one clear reason.
 */

export interface CardVariable {
  name: string;
  /** Builder type as exported: string, number, boolean, markdown, object, table, form, loopArray... */
  type: string;
  private: boolean;
  description: string;
}

export interface CardMockData {
  cardData: Record<string, unknown>;
  cardPrivateData: Record<string, unknown>;
  /** The builder's sample local state (tab index, ticked boxes…), which widgetInfo reads as data.localData. */
  localData?: Record<string, unknown>;
}

export interface ParsedCardTemplate {
  /** `im`, `standard`, `onebox`...: where the builder meant the card to live. */
  type: string;
  variables: CardVariable[];
  mockData: CardMockData;
  /** schema.componentsTree: `{componentName, props, children}` nodes, kept as exported. */
  tree: unknown[];
  /** The compiled layout the DingTalk client draws (XML), when the export carries one. */
  widgetInfo: string | null;
  /** The builder's event chains (what `@dxEventHandler{'id'}` runs), by handler id. */
  eventChains: Record<string, unknown>;
}

/** Reasons an import is refused; each has a sentence in messages/cards.*.json (cards.import.errors). */
export type ImportError =
  | "notJson"
  | "notObject"
  | "noEditorData"
  | "editorDataNotJson"
  | "noVariableList"
  | "badVariable"
  | "duplicateVariable"
  | "reservedVariable"
  | "controlCharacter"
  | "noComponentsTree";

export type ParseResult =
  | { ok: true; template: ParsedCardTemplate; raw: Record<string, unknown> }
  | { ok: false; error: ImportError; detail?: string };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const VARIABLE_NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * Names the builder's identifier rule allows but a form cannot hold: form paths (`values.<name>`) and
 * plain objects treat them as the object's own machinery. Refused at import with the variable's
 * name (renaming it in the builder is a minute's work); a template stored before this rule loads
 * without them (storedVariables) instead of breaking its page.
 */
const RESERVED_NAMES: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

function parseVariables(
  list: unknown,
  lenient = false,
): { ok: true; variables: CardVariable[] } | { ok: false; error: ImportError; detail?: string } {
  if (!Array.isArray(list)) return { ok: false, error: "noVariableList" };
  const variables: CardVariable[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of list.entries()) {
    if (!isRecord(entry) || typeof entry.name !== "string" || !VARIABLE_NAME.test(entry.name)) {
      if (lenient) continue;
      return { ok: false, error: "badVariable", detail: String(index + 1) };
    }
    if (RESERVED_NAMES.has(entry.name)) {
      if (lenient) continue;
      return { ok: false, error: "reservedVariable", detail: entry.name };
    }
    // DingTalk refuses a template whose placeholders repeat a key (duplicateKey in the error table of
    // https://open.dingtalk.com/document/development/send-dingtalk-interactive-cards-to-person-to-person-chat-sessions).
    if (seen.has(entry.name)) {
      if (lenient) continue;
      return { ok: false, error: "duplicateVariable", detail: entry.name };
    }
    seen.add(entry.name);
    variables.push({
      name: entry.name,
      type: typeof entry.type === "string" && entry.type !== "" ? entry.type : "string",
      private: entry.private === true,
      description: typeof entry.description === "string" ? entry.description : "",
    });
  }
  return { ok: true, variables };
}

/** Parses an export given as text (upload or paste) or as an already-parsed value. */
export function parseCardExport(input: unknown): ParseResult {
  let raw: unknown = input;
  if (typeof input === "string") {
    try {
      raw = JSON.parse(input.replace(/^\uFEFF/, ""));
    } catch {
      return { ok: false, error: "notJson" };
    }
  }
  if (!isRecord(raw)) return { ok: false, error: "notObject" };
  let editor: unknown = raw.editorData;
  if (editor === undefined || editor === null || editor === "") return { ok: false, error: "noEditorData" };
  if (typeof editor === "string") {
    try {
      editor = JSON.parse(editor);
    } catch {
      return { ok: false, error: "editorDataNotJson" };
    }
  }
  if (!isRecord(editor)) return { ok: false, error: "editorDataNotJson" };
  // The shared text check over the whole export, escapes included ("\u0000" inside editorData):
  // PostgreSQL refuses U+0000 in jsonb, so such an export must be refused here, with where it is.
  const unsafe = findUnsafeText(raw) ?? findUnsafeText(editor, ["editorData"]);
  if (unsafe)
    return { ok: false, error: "controlCharacter", detail: `${unsafe.code} (${unsafe.path.join(".") || "export"})` };
  const variables = parseVariables(editor.variableList);
  if (!variables.ok) return variables;
  const schema = editor.schema;
  const tree = isRecord(schema) ? schema.componentsTree : undefined;
  if (!Array.isArray(tree) && !isRecord(tree)) return { ok: false, error: "noComponentsTree" };
  return {
    ok: true,
    raw,
    template: {
      type: typeof raw.type === "string" ? raw.type : "",
      variables: variables.variables,
      mockData: mockDataOf(editor.mockData),
      tree: Array.isArray(tree) ? tree : [tree],
      widgetInfo: widgetInfoOf(raw),
      eventChains: eventChainsOf(editor),
    },
  };
}

/**
 * The event chains of an export: editorData.extension.fileTypeList holds a file named event_chain
 * whose fileSource is JSON text, `{handlerId: {main: {type, params, next}, …}}`. Empty when absent.
 */
function eventChainsOf(editor: unknown): Record<string, unknown> {
  const extension = isRecord(editor) ? editor.extension : undefined;
  const files = isRecord(extension) && Array.isArray(extension.fileTypeList) ? extension.fileTypeList : [];
  const file = files.find((entry) => isRecord(entry) && entry.fileName === "event_chain");
  if (!isRecord(file) || typeof file.fileSource !== "string") return {};
  try {
    const chains: unknown = JSON.parse(file.fileSource);
    return isRecord(chains) ? chains : {};
  } catch {
    return {};
  }
}

/** An export's mockData (or a stored copy of it), each part an empty map when missing or malformed. */
export function mockDataOf(value: unknown): CardMockData {
  const mock = isRecord(value) ? value : {};
  return {
    cardData: isRecord(mock.cardData) ? mock.cardData : {},
    cardPrivateData: isRecord(mock.cardPrivateData) ? mock.cardPrivateData : {},
    localData: isRecord(mock.localData) ? mock.localData : {},
  };
}

/** An export's widgetInfo: the layout XML, or null when missing or not text. */
export function widgetInfoOf(raw: unknown): string | null {
  if (!isRecord(raw) || typeof raw.widgetInfo !== "string") return null;
  return raw.widgetInfo.trim() === "" ? null : raw.widgetInfo;
}

/** Reads variables back from the database column, dropping any malformed or reserved one instead of throwing. */
export function storedVariables(value: unknown): CardVariable[] {
  const parsed = parseVariables(value, true);
  return parsed.ok ? parsed.variables : [];
}
