import { describe, expect, it } from "vitest";
import { parseCardExport } from "./card-export.model";
import { FIXTURE_NAMES, fixtureText } from "./testing/fixtures";

const expectedVariables: Record<string, string[]> = {
  helloworld: ["title", "tag", "markdown", "private_input", "submitted"],
  approval: ["lastMessage", "title", "type", "amount", "reason", "createTime", "status"],
  form: ["form", "form_status", "form_btn_text", "title", "lastMessage"],
  "progress-data-source": ["title", "total", "finished", "unfinished", "progress", "update_at"],
  "table-h5": ["table", "more_detail_url", "evaluate_url", "evaluate", "evaluate_done"],
};

function exportWith(editor: Record<string, unknown>): string {
  return JSON.stringify({ type: "im", mode: "card", editorData: JSON.stringify(editor) });
}

describe("parseCardExport", () => {
  it.each(FIXTURE_NAMES)("reads every variable, the mock data and the tree of %s", (name) => {
    const result = parseCardExport(fixtureText(name));
    if (!result.ok) throw new Error(`refused: ${result.error}`);
    expect(result.template.variables.map((variable) => variable.name)).toEqual(expectedVariables[name]);
    expect(result.template.tree.length).toBeGreaterThan(0);
    expect(Object.keys(result.template.mockData.cardData).length).toBeGreaterThan(0);
  });

  it("keeps types and the private flag", () => {
    const result = parseCardExport(fixtureText("helloworld"));
    if (!result.ok) throw new Error(result.error);
    expect(result.template.variables.find((variable) => variable.name === "submitted")).toEqual({
      name: "submitted",
      type: "boolean",
      private: true,
      description: "是否已提交",
    });
    expect(result.template.variables.find((variable) => variable.name === "markdown")?.type).toBe("markdown");
  });

  it("accepts a UTF-8 byte-order mark and an already-parsed editorData object", () => {
    expect(parseCardExport(`\uFEFF${fixtureText("approval")}`).ok).toBe(true);
    expect(parseCardExport({ editorData: { variableList: [], schema: { componentsTree: [] } } }).ok).toBe(true);
  });

  it.each([
    ["not JSON", "{oops", "notJson"],
    ["an array", "[]", "notObject"],
    ["no editorData", JSON.stringify({ type: "im" }), "noEditorData"],
    ["editorData that is not JSON", JSON.stringify({ editorData: "{nope" }), "editorDataNotJson"],
    ["no variableList", exportWith({ schema: { componentsTree: [] } }), "noVariableList"],
    [
      "a variable without a name",
      exportWith({ variableList: [{ type: "string" }], schema: { componentsTree: [] } }),
      "badVariable",
    ],
    [
      "a repeated variable",
      exportWith({ variableList: [{ name: "a" }, { name: "a" }], schema: { componentsTree: [] } }),
      "duplicateVariable",
    ],
    ["no componentsTree", exportWith({ variableList: [] }), "noComponentsTree"],
  ])("refuses %s with a reason", (_label, text, error) => {
    const result = parseCardExport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe(error);
  });
});
