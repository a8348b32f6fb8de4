import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe("translations", () => {
  it("have the same keys in Chinese and English", () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it("have no empty strings", () => {
    const empty = (messages: unknown) => keys(messages).filter((key) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) === "");
    expect(empty(en)).toEqual([]);
    expect(empty(zh)).toEqual([]);
  });
});
