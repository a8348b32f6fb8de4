import { describe, expect, it } from "vitest";
import { findUnsafeCharacter, findUnsafeText } from "./text";

describe("the shared text check", () => {
  it("accepts tab, newline, carriage return, RTL marks, emoji and CJK", () => {
    for (const text of ["", "a\tb\nc\r\n", "\u200F\u202Eabc", "😀 中文", "\uFEFF"])
      expect(findUnsafeCharacter(text)).toBeNull();
  });

  it("names C0 and C1 control characters and DEL with their 1-based position", () => {
    expect(findUnsafeCharacter("before\u0000after")).toEqual({ code: "U+0000", position: 7 });
    expect(findUnsafeCharacter("x\u001B")).toEqual({ code: "U+001B", position: 2 });
    expect(findUnsafeCharacter("\u007F")).toEqual({ code: "U+007F", position: 1 });
    expect(findUnsafeCharacter("ab\u0085")).toEqual({ code: "U+0085", position: 3 });
  });

  it("counts a surrogate pair as one character and refuses lone surrogates", () => {
    expect(findUnsafeCharacter("😀\u0000")).toEqual({ code: "U+0000", position: 2 });
    expect(findUnsafeCharacter("\uD800")).toEqual({ code: "U+D800", position: 1 });
    expect(findUnsafeCharacter("a\uDC00")).toEqual({ code: "U+DC00", position: 2 });
    expect(findUnsafeCharacter("\uD800x")).toEqual({ code: "U+D800", position: 1 });
  });

  it("finds unsafe text anywhere in a JSON value, keys included, with its path", () => {
    expect(findUnsafeText({ a: [1, { b: "ok" }, { c: "x\u0000" }] })).toEqual({
      code: "U+0000",
      position: 2,
      path: ["a", 2, "c"],
    });
    expect(findUnsafeText({ "k\uD800": 1 })?.path).toEqual(["k\uD800"]);
    expect(findUnsafeText({ fine: ["a", 1, null, true] })).toBeNull();
  });
});
