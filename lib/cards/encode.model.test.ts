import { describe, expect, it } from "vitest";
import {
  decodeValue,
  encodeField,
  encodeValues,
  fieldKind,
  initialTexts,
  MAX_KEY_BYTES,
  MAX_VALUE_BYTES,
  utf8Bytes,
} from "./encode.model";
import { parseCardExport } from "./card-export.model";
import { FIXTURE_NAMES, fixtureText } from "./testing/fixtures";

describe("card data encoder", () => {
  it("sends every value as a string: numbers and booleans as text, objects and arrays as compact JSON", () => {
    expect(encodeField("n", "number", " 14 ")).toEqual({ ok: true, value: "14" });
    expect(encodeField("b", "boolean", "true")).toEqual({ ok: true, value: "true" });
    expect(encodeField("o", "object", '{\n  "a": [1, 2]\n}')).toEqual({ ok: true, value: '{"a":[1,2]}' });
    expect(encodeField("t", "stringArray", '["x", "y"]')).toEqual({ ok: true, value: '["x","y"]' });
    expect(encodeField("m", "markdown", "# hi")).toEqual({ ok: true, value: "# hi" });
  });

  it("refuses what the type cannot hold", () => {
    expect(encodeField("n", "number", "12a")).toEqual({ ok: false, error: { code: "notNumber" } });
    expect(encodeField("b", "boolean", "yes")).toEqual({ ok: false, error: { code: "notBoolean" } });
    expect(encodeField("a", "loopArray", '["a", ')).toEqual({ ok: false, error: { code: "notJson" } });
    expect(encodeField("a", "loopArray", '{"a": 1}')).toEqual({ ok: false, error: { code: "notArray" } });
    expect(encodeField("t", "table", "[1]")).toEqual({ ok: false, error: { code: "notObject" } });
  });

  it("counts the 1 KB value limit in UTF-8 bytes, not characters", () => {
    const ascii = "a".repeat(MAX_VALUE_BYTES);
    expect(encodeField("k", "string", ascii).ok).toBe(true);
    expect(encodeField("k", "string", `${ascii}a`)).toEqual({
      ok: false,
      error: { code: "valueTooLong", bytes: 1025, max: 1024 },
    });
    // 342 Chinese characters are 1,026 bytes: over the limit though far under 1,024 characters.
    const chinese = "中".repeat(342);
    expect(chinese.length).toBe(342);
    expect(encodeField("k", "string", chinese)).toEqual({
      ok: false,
      error: { code: "valueTooLong", bytes: 1026, max: 1024 },
    });
    expect(encodeField("k", "string", "中".repeat(341)).ok).toBe(true);
    // A 1.5 KB value, as the e2e test types it.
    expect(encodeField("k", "string", "x".repeat(1536)).ok).toBe(false);
  });

  it("measures JSON after compaction, so indentation does not count", () => {
    const items = Array.from({ length: 100 }, (_, i) => i % 10);
    const pretty = JSON.stringify(items, null, 8);
    expect(utf8Bytes(pretty)).toBeGreaterThan(MAX_VALUE_BYTES);
    expect(encodeField("a", "array", pretty).ok).toBe(true);
  });

  it("refuses keys over 100 bytes, in UTF-8", () => {
    expect(encodeField("k".repeat(MAX_KEY_BYTES), "string", "v").ok).toBe(true);
    expect(encodeField("k".repeat(MAX_KEY_BYTES + 1), "string", "v")).toEqual({
      ok: false,
      error: { code: "keyTooLong", bytes: 101, max: 100 },
    });
    expect(encodeField("键".repeat(34), "string", "v")).toEqual({
      ok: false,
      error: { code: "keyTooLong", bytes: 102, max: 100 },
    });
  });

  it("maps builder types to fields", () => {
    expect(
      ["string", "number", "boolean", "markdown", "object", "table", "form", "loopArray", "stringArray", "image"].map(
        fieldKind,
      ),
    ).toEqual(["string", "number", "boolean", "markdown", "object", "object", "object", "array", "array", "string"]);
  });

  it.each(FIXTURE_NAMES)("round-trips the mock data of %s: prefill, encode, decode", (name) => {
    const parsed = parseCardExport(fixtureText(name));
    if (!parsed.ok) throw new Error(parsed.error);
    const { variables, mockData } = parsed.template;
    const texts = initialTexts(variables, mockData);
    expect(Object.keys(texts)).toEqual(variables.map((variable) => variable.name));
    const { map, errors } = encodeValues(variables, texts);
    // The builder's sample form is 2,970 bytes of JSON: DingTalk's 1 KB limit refuses it as it is.
    expect(errors).toEqual(name === "form" ? { form: { code: "valueTooLong", bytes: 2970, max: 1024 } } : {});
    for (const variable of variables.filter((entry) => !(entry.name in errors))) {
      expect(typeof map[variable.name]).toBe("string");
      const mock =
        variable.private && variable.name in mockData.cardPrivateData
          ? mockData.cardPrivateData[variable.name]
          : mockData.cardData[variable.name];
      if (mock !== undefined && mock !== "") expect(decodeValue(variable.type, map[variable.name] ?? "")).toEqual(mock);
    }
  });
});
