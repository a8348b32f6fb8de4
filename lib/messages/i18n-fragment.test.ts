import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import appEn from "@/messages/en.json";
import appZh from "@/messages/zh-CN.json";
import { catalog, msgKeys } from "./catalog";
import fragmentEn from "./testing/i18n-fragment.en.json";
import fragmentZh from "./testing/i18n-fragment.zh-CN.json";
import { composeFieldMessages } from "./types";
import { validationKeys } from "./validation-messages";

/*
 * The strings this module needs live in testing/i18n-fragment.*.json until the lead merges them
 * into messages/*.json. These tests keep the fragments complete and consistent, and, once a
 * namespace exists in messages/*.json, check that the merge kept every key.
 */

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** ICU argument names: "{max, number}" -> "max". */
const args = (message: string): string[] => [...message.matchAll(/\{\s*(\w+)/g)].map((m) => m[1] ?? "").sort();

const en = flatten(fragmentEn);
const zh = flatten(fragmentZh);

function usedKeys(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const msgKey of msgKeys) {
    used.set(catalog[msgKey].labelKey, []);
    for (const f of catalog[msgKey].fields) {
      used.set(f.labelKey, Object.keys(f.labelValues ?? {}).sort());
      if (f.placeholderKey) used.set(f.placeholderKey, []);
      if (f.helpKey) used.set(f.helpKey, []);
    }
  }
  for (const key of validationKeys) used.set(key, args(en.get(key) ?? ""));
  return used;
}

describe("i18n fragments", () => {
  it("cover every key the catalog and validation use, with the values the catalog passes", () => {
    for (const [key, values] of usedKeys()) {
      expect(en.get(key), key).toBeTypeOf("string");
      expect(zh.get(key), key).toBeTypeOf("string");
      expect(args(en.get(key) ?? ""), key).toEqual(values);
    }
  });

  it("hold exactly the compose.fields messages the catalog declares and uses", () => {
    const declared = composeFieldMessages.map((name) => `compose.fields.${name}`).sort();
    expect([...en.keys()].filter((key) => key.startsWith("compose.fields.")).sort()).toEqual(declared);
    expect([...usedKeys().keys()].filter((key) => key.startsWith("compose.fields.")).sort()).toEqual(declared);
  });

  it("have the same keys and ICU arguments in English and Chinese", () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, message] of en) expect(args(zh.get(key) ?? ""), key).toEqual(args(message));
  });

  it("are valid ICU messages", () => {
    const sample = { max: 100, n: 2, options: "pdf, doc", title: "T", mediaId: "@m" };
    for (const [locale, messages] of [["en", fragmentEn], ["zh-CN", fragmentZh]] as const) {
      const t = createTranslator({
        locale,
        messages,
        onError: (error) => {
          throw error;
        },
      });
      // The loose signature is deliberate: this walks every key generically.
      const translate = t as unknown as (key: string, values: typeof sample) => string;
      for (const key of flatten(messages).keys()) expect(translate(key, sample), key).not.toBe("");
    }
  });

  it("are merged completely wherever messages/*.json already has the namespace", () => {
    for (const [name, app, fragment] of [["en", appEn, en], ["zh-CN", appZh, zh]] as const) {
      const merged = flatten(app as Tree);
      for (const namespace of ["compose.msgKeys", "compose.fields", "validation", "preview"]) {
        if (![...merged.keys()].some((key) => key.startsWith(`${namespace}.`))) continue;
        for (const key of fragment.keys()) {
          if (key.startsWith(`${namespace}.`)) expect(merged.has(key), `${name}: ${key}`).toBe(true);
        }
      }
    }
  });
});
