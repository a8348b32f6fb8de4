/**
 * The card builder's export format (see ../shared/card-templates/README.md): `editorData` is a JSON
 * *string* holding `variableList`, `mockData` and `schema.componentsTree`. Parsing is lenient about
 * everything the preview and the form do not need, and strict about the three parts they do, so any
 * real export imports and a wrong file gets one clear reason.
 */

/** The variable types the form knows; anything else is edited as JSON (it can hold anything). */
export const SCALAR_TYPES = ["string", "number", "boolean", "markdown"] as const;
export type ScalarType = (typeof SCALAR_TYPES)[number];

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
}

export interface ParsedCardTemplate {
  /** `im`, `standard`, `onebox`...: where the builder meant the card to live. */
  type: string;
  variables: CardVariable[];
  mockData: CardMockData;
  /** schema.componentsTree: `{componentName, props, children}` nodes, kept as exported. */
  tree: unknown[];
}

/** Reasons an import is refused; each has a sentence in messages/cards.*.json (cards.import.errors). */
export const IMPORT_ERRORS = ["notJson", "notObject", "noEditorData", "editorDataNotJson", "noVariableList", "badVariable", "duplicateVariable", "noComponentsTree"] as const;
export type ImportError = (typeof IMPORT_ERRORS)[number];

export type ParseResult = { ok: true; template: ParsedCardTemplate; raw: Record<string, unknown> } | { ok: false; error: ImportError; detail?: string };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const VARIABLE_NAME = /^[A-Za-z_$][\w$]*$/;

function parseVariables(list: unknown): { ok: true; variables: CardVariable[] } | { ok: false; error: ImportError; detail?: string } {
  if (!Array.isArray(list)) return { ok: false, error: "noVariableList" };
  const variables: CardVariable[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of list.entries()) {
    if (!isRecord(entry) || typeof entry.name !== "string" || !VARIABLE_NAME.test(entry.name)) {
      return { ok: false, error: "badVariable", detail: String(index + 1) };
    }
    // DingTalk refuses a template whose placeholders repeat a key (seed 004: duplicateKey).
    if (seen.has(entry.name)) return { ok: false, error: "duplicateVariable", detail: entry.name };
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
  const variables = parseVariables(editor.variableList);
  if (!variables.ok) return variables;
  const schema = editor.schema;
  const tree = isRecord(schema) ? schema.componentsTree : undefined;
  if (!Array.isArray(tree) && !isRecord(tree)) return { ok: false, error: "noComponentsTree" };
  const mock = isRecord(editor.mockData) ? editor.mockData : {};
  return {
    ok: true,
    raw,
    template: {
      type: typeof raw.type === "string" ? raw.type : "",
      variables: variables.variables,
      mockData: {
        cardData: isRecord(mock.cardData) ? mock.cardData : {},
        cardPrivateData: isRecord(mock.cardPrivateData) ? mock.cardPrivateData : {},
      },
      tree: Array.isArray(tree) ? tree : [tree],
    },
  };
}

/** Reads variables back from the database column, dropping anything malformed instead of throwing. */
export function storedVariables(value: unknown): CardVariable[] {
  const parsed = parseVariables(value);
  return parsed.ok ? parsed.variables : [];
}
