import { describe, expect, it } from "vitest";
import apiEn from "@/i18n/messages/api.en.json";
import apiZh from "@/i18n/messages/api.zh-CN.json";
import authEn from "@/i18n/messages/auth.en.json";
import authZh from "@/i18n/messages/auth.zh-CN.json";
import cardsEn from "@/i18n/messages/cards.en.json";
import cardsZh from "@/i18n/messages/cards.zh-CN.json";
import en from "@/i18n/messages/en.json";
import zh from "@/i18n/messages/zh-CN.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

/** The dotted keys whose string is "". */
function empty(messages: unknown): string[] {
  return keys(messages).filter(
    (key) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) === "",
  );
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
    expect(empty(en)).toEqual([]);
    expect(empty(zh)).toEqual([]);
    expect(empty(authEn)).toEqual([]);
    expect(empty(authZh)).toEqual([]);
    expect(empty(apiEn)).toEqual([]);
    expect(empty(apiZh)).toEqual([]);
  });
});
