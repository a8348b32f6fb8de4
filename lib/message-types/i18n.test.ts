import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import appEn from "@/i18n/messages/en.json";
import appZh from "@/i18n/messages/zh-CN.json";
import { catalog, msgKeys } from "./catalog";
import { composeFieldMessages } from "./types";
import { validationKeys } from "./validation-messages";

/*
 * The strings the message catalog, its validation and the preview use, checked in messages/*.json:
 * every key present in both languages with the ICU arguments the code passes.
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

// Only this module's namespaces: other features keep their own parity tests.
const OWN_NAMESPACES = ["compose.msgKeys.", "compose.fields.", "validation.", "preview."];
const own = (tree: Tree) =>
  new Map([...flatten(tree)].filter(([key]) => OWN_NAMESPACES.some((namespace) => key.startsWith(namespace))));
const en = own(appEn);
const zh = own(appZh);

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

describe("message catalog translations", () => {
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
    const sample = {
      max: 100,
      n: 2,
      options: "pdf, doc",
      title: "T",
      mediaId: "@m",
      value: "u-1",
      days: 30,
      code: "U+0000",
      position: 7,
    };
    for (const [locale, messages] of [
      ["en", appEn],
      ["zh-CN", appZh],
    ] as const) {
      const t = createTranslator({
        locale,
        messages,
        onError: (error) => {
          throw error;
        },
      });
      // The loose signature is deliberate: this walks every key generically.
      const translate = t as unknown as (key: string, values: typeof sample) => string;
      for (const key of own(messages).keys()) expect(translate(key, sample), key).not.toBe("");
    }
  });
});
