import { describe, expect, it } from "vitest";
import { eachBlock, linesMatching } from "./markdown-lines";

describe("markdown line walk", () => {
  it("visits each block's first line, skipping blank lines, and always moves on", () => {
    const lines = ["", "# a", "", "", "b", "c", "", "d"];
    const seen: [string, number][] = [];
    eachBlock(lines, (line, start) => {
      seen.push([line, start]);
      return line === "b" ? start + 2 : start;
    });
    expect(seen).toEqual([
      ["# a", 1],
      ["b", 4],
      ["d", 7],
    ]);
  });

  it("gathers a run of matching lines by capture group", () => {
    const lines = ["1. one", "2) two", "three", "4. four"];
    expect(linesMatching(lines, 0, /^(\d)[.)] (.*)$/, 2)).toEqual({ texts: ["one", "two"], end: 2 });
    expect(linesMatching(["> a", ">b"], 0, /^> ?(.*)$/)).toEqual({ texts: ["a", "b"], end: 2 });
    expect(linesMatching(["x"], 0, /^> (.*)$/)).toEqual({ texts: [], end: 0 });
  });
});
