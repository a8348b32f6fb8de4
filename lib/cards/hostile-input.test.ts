import { describe, expect, it } from "vitest";
import { parseCardExport, storedVariables } from "./card-export.model";
import { encodeField, encodeValues, initialTexts, previewData } from "./encode.model";
import { fieldErrorMessage } from "./form.model";

const variable = (name: string, type = "string") => ({ name, type, private: false, description: "" });
const exportWith = (editor: Record<string, unknown>) =>
  JSON.stringify({ type: "im", editorData: JSON.stringify(editor) });
const tree = { schema: { componentsTree: [{ componentName: "Page" }] } };

describe("card inputs from outside", () => {
  it("refuses a reserved variable name at import, naming it", () => {
    for (const name of ["__proto__", "constructor", "prototype"]) {
      const result = parseCardExport(exportWith({ variableList: [{ name: "title" }, { name }], ...tree }));
      expect(result).toEqual({ ok: false, error: "reservedVariable", detail: name });
    }
  });

  it("loads a stored template with a reserved variable without it, keeping the others", () => {
    expect(
      storedVariables([{ name: "title" }, { name: "constructor" }, { name: "__proto__" }]).map((v) => v.name),
    ).toEqual(["title"]);
  });

  it("refuses an export holding U+0000, even as an escape inside editorData, saying where", () => {
    const result = parseCardExport(
      exportWith({ variableList: [{ name: "title" }], mockData: { cardData: { title: "a\u0000b" } }, ...tree }),
    );
    expect(result).toEqual({
      ok: false,
      error: "controlCharacter",
      detail: "U+0000 (editorData.mockData.cardData.title)",
    });
  });

  it("refuses control characters in values, raw or inside JSON, with the character and position", () => {
    expect(encodeField("t", "string", "before\u0000after")).toEqual({
      ok: false,
      error: { code: "controlCharacter", character: "U+0000", position: 7 },
    });
    expect(encodeField("t", "object", '{"a":"\\u0000"}')).toMatchObject({
      ok: false,
      error: { code: "controlCharacter" },
    });
    expect(fieldErrorMessage({ code: "controlCharacter", character: "U+D800", position: 1 })).toBe(
      'validation.controlCharacter|{"code":"U+D800","position":1}',
    );
  });

  it("refuses a value for a variable the template does not declare, and never reads inherited keys", () => {
    const vars = [variable("title")];
    const texts = JSON.parse('{"title":"x","nope":"y","constructor":"z"}') as Record<string, string>;
    const { map, errors } = encodeValues(vars, texts);
    expect({ ...map }).toEqual({ title: "x" });
    expect({ ...errors }).toEqual({ nope: { code: "unknownVariable" }, constructor: { code: "unknownVariable" } });
    // A variable named like an Object.prototype member reads nothing it was not given.
    expect({ ...encodeValues([variable("toString")], {}).map }).toEqual({});
    expect(
      initialTexts([variable("toString"), variable("hasOwnProperty")], { cardData: {}, cardPrivateData: {} }),
    ).toEqual(Object.assign(Object.create(null), { toString: "", hasOwnProperty: "" }));
    expect(() => previewData([variable("valueOf")], {})).not.toThrow();
  });
});
