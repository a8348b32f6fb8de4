import { createTranslator, IntlErrorCode, type IntlError } from "next-intl";
import type { Locale } from "./locale";
import { describe, expect, it } from "vitest";
import apiEn from "@/i18n/messages/api.en.json";
import apiZh from "@/i18n/messages/api.zh-CN.json";
import authEn from "@/i18n/messages/auth.en.json";
import authZh from "@/i18n/messages/auth.zh-CN.json";
import cardsEn from "@/i18n/messages/cards.en.json";
import cardsZh from "@/i18n/messages/cards.zh-CN.json";
import en from "@/i18n/messages/en.json";
import zh from "@/i18n/messages/zh-CN.json";

/**
 * Every message is valid ICU MessageFormat. A literal brace must be quoted (`'{"key": 1}'`): an
 * unquoted one is an argument to ICU, so the message fails to format at run time and the build's
 * message precompilation (next.config.js) refuses it.
 *
 * Number and date arguments are styled by skeleton (`{share, number, ::percent}`), never by a named
 * style (`{share, number, percent}`): precompiled messages look a named style up in the request's
 * `formats`, which Dingcast does not define, and without it the browser prints 0.01 for 1%.
 */
type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

describe.each<[Locale, Tree]>([
  ["en", { ...en, ...authEn, ...apiEn, ...cardsEn } as Tree],
  ["zh-CN", { ...zh, ...authZh, ...apiZh, ...cardsZh } as Tree],
])("%s messages", (locale, messages) => {
  it("all parse as ICU MessageFormat", () => {
    const malformed: string[] = [];
    const t = createTranslator({
      locale,
      messages: messages as Tree,
      // Missing arguments are expected here (none are passed); only syntax errors count.
      onError: (error: IntlError) => {
        if (error.code === IntlErrorCode.INVALID_MESSAGE) malformed.push(error.message);
      },
      getMessageFallback: ({ key }) => key,
    });
    const all = keys(messages as Tree);
    for (const key of all) t(key as never);
    expect(all.length).toBeGreaterThan(200);
    expect(malformed).toEqual([]);
  });

  it("style numbers and dates by skeleton, never by a named format", () => {
    const namedStyle = /\{\s*\w+\s*,\s*(?:number|date|time)\s*,\s*[^\s:,}][^,}]*\}/;
    const named = keys(messages).filter((key) => namedStyle.test(messageAt(messages, key)));
    expect(named).toEqual([]);
  });
});

function messageAt(tree: Tree, key: string): string {
  const value = key.split(".").reduce<string | Tree | undefined>((node, part) => (node as Tree)[part], tree);
  return typeof value === "string" ? value : "";
}
