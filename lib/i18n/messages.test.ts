import { describe, expect, it } from "vitest";
import apiEn from "@/messages/api.en.json";
import apiZh from "@/messages/api.zh-CN.json";
import authEn from "@/messages/auth.en.json";
import authZh from "@/messages/auth.zh-CN.json";
import cardsEn from "@/messages/cards.en.json";
import cardsZh from "@/messages/cards.zh-CN.json";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe("translations", () => {
  it("have the same keys in Chinese and English for card templates", () => {
    expect(keys(cardsZh).sort()).toEqual(keys(cardsEn).sort());
  });

  it("keep the card namespaces apart from the other files', since the files are merged shallowly", () => {
    const others = new Set([...Object.keys(en), ...Object.keys(authEn), ...Object.keys(apiEn)]);
    expect(Object.keys(cardsEn).filter((namespace) => others.has(namespace))).toEqual([]);
  });

  it("have no empty card strings", () => {
    const empty = (messages: unknown) => keys(messages).filter((key) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) === "");
    expect(empty(cardsEn)).toEqual([]);
    expect(empty(cardsZh)).toEqual([]);
  });

  it("have the same keys in Chinese and English", () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it("have the same keys in Chinese and English for accounts, users, audit and credentials", () => {
    expect(keys(authZh).sort()).toEqual(keys(authEn).sort());
  });

  it("have the same keys in Chinese and English for the automation API and its settings", () => {
    expect(keys(apiZh).sort()).toEqual(keys(apiEn).sort());
  });

  it("keep the API namespaces apart from the other files', since all are merged shallowly", () => {
    const taken = new Set([...Object.keys(en), ...Object.keys(authEn)]);
    expect(Object.keys(apiEn).filter((namespace) => taken.has(namespace))).toEqual([]);
  });

  it("keep the account namespaces apart from the base file's, since the two are merged shallowly", () => {
    const base = new Set(Object.keys(en));
    expect(Object.keys(authEn).filter((namespace) => base.has(namespace))).toEqual([]);
  });

  it("have no empty strings", () => {
    const empty = (messages: unknown) => keys(messages).filter((key) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) === "");
    expect(empty(en)).toEqual([]);
    expect(empty(zh)).toEqual([]);
    expect(empty(authEn)).toEqual([]);
    expect(empty(authZh)).toEqual([]);
    expect(empty(apiEn)).toEqual([]);
    expect(empty(apiZh)).toEqual([]);
  });
});
