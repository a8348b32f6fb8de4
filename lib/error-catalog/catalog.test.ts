import fs from "node:fs";
import path from "node:path";
import { sharedDir } from "@/tests/support/shared-dir";
import { describe, expect, it } from "vitest";
import { CATALOG_PARTS, DINGTALK_ERROR_CATALOG, getCatalogEntry } from "./catalog";
import { describeDingTalkError } from "./describe";
import { retryPolicyFor } from "./retry-policy";

const SEEDS_DIR = path.join(sharedDir(), "seeds");
const seedsPresent = fs.existsSync(SEEDS_DIR);

/** The message of a run-together row starts with one capitalized word: "…emptyThe bot …", "…sendOTONot allowed …". */
const MESSAGE_FIRST_WORD = /^[A-Z][a-z’'.,:;!?-]*$/;

/**
 * Error codes from the seed pages' error tables, in both forms:
 *   | 400 | param.empty | 入参为空 | 入参为空 |
 *   400invalidParameter.robotCode.emptyThe bot robotCode is empty.The bot …
 * In the second, the code runs straight into the message; it ends where "%s" or the message's
 * first (capitalized) word begins.
 */
function extractSeedErrorCodes(text: string): string[] {
  const codes: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const table = /^\|\s*[1-5]\d\d\s*\|\s*([A-Za-z0-9._]+)\s*\|/.exec(line);
    if (table?.[1]) {
      codes.push(table[1]);
      continue;
    }
    const runTogether = /^[1-5]\d\d([A-Za-z][^\s]*)/.exec(line);
    const token = runTogether?.[1];
    if (!token) continue;
    const placeholder = token.indexOf("%s");
    if (placeholder > 0) {
      codes.push(token.slice(0, placeholder));
      continue;
    }
    let code = /^[A-Za-z0-9._]+/.exec(token)?.[0] ?? token;
    for (let i = 1; i < code.length; i++) {
      if (MESSAGE_FIRST_WORD.test(token.slice(i)) && /[A-Za-z0-9._]/.test(code[i - 1] ?? "")) {
        code = code.slice(0, i);
        break;
      }
    }
    codes.push(code);
  }
  return codes;
}

function seedCodes(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of fs
    .readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith(".txt"))
    .sort()) {
    for (const code of extractSeedErrorCodes(fs.readFileSync(path.join(SEEDS_DIR, file), "utf8"))) {
      found.set(code, [...(found.get(code) ?? []), file]);
    }
  }
  return found;
}

describe("seed error codes", () => {
  it("finds the seed pages", () => {
    expect(seedsPresent, `DingTalk seed pages not found at ${SEEDS_DIR} (tests/support/shared-dir.ts)`).toBe(true);
  });

  it("parses both table forms, including codes that run into their message", () => {
    expect(
      extractSeedErrorCodes(
        [
          "400invalidParameter.robotCode.emptyThe bot robotCode is empty.The bot robotCode is invalid.",
          "400chatbotId.notAllow.sendOTONot allowed to actively send direct messages.Not allowed",
          "400invalid.processQueryKeyInvalid processQueryKey.Invalid processQueryKey.",
          "400miss.param.actionCardTosingleTitleThe actionCard->singleTitle attribute is required.",
          "400unknown.send.resultUnknown send result.Unknown send result.",
          "400miss.param.file%sInvalid message content.",
          "500send.ding.exceptionAn error occurred while sending the DING message.",
          "| 400 | param.empty | 入参为空 | 入参为空 |",
          "| 500 | systemBusy | 系统繁忙 | 系统异常错误 |",
          "| HttpCode | Error code | Error message | Description |",
          "HTTP/1.1 200 OK",
        ].join("\n"),
      ),
    ).toEqual([
      "invalidParameter.robotCode.empty",
      "chatbotId.notAllow.sendOTO",
      "invalid.processQueryKey",
      "miss.param.actionCardTosingleTitle",
      "unknown.send.result",
      "miss.param.file",
      "send.ding.exception",
      "param.empty",
      "systemBusy",
    ]);
  });

  it("every code in the seeds' error tables is in the catalog", () => {
    const codes = seedCodes();
    // Guards the parser itself: the five pages hold well over a hundred distinct codes.
    expect(codes.size).toBeGreaterThan(110);
    const missing = [...codes.entries()]
      .filter(([code]) => !getCatalogEntry(code))
      .map(([code, files]) => `${code} (${[...new Set(files)].join(", ")})`);
    expect(missing, `catalog misses ${missing.length} seed code(s):\n${missing.join("\n")}`).toEqual([]);
  });

  it("covers the codes DESIGN.md and the token endpoint add", () => {
    for (const code of [
      "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi",
      "Forbidden.AccessDenied.ApiCountLimitForOrg",
      "system.busy",
      "InvalidAuthentication",
      "invalidClientIdOrSecret",
    ]) {
      expect(getCatalogEntry(code), code).toBeDefined();
    }
  });
});

describe("catalog entries", () => {
  it("defines no code twice across catalog parts", () => {
    const seen = new Map<string, number>();
    for (const part of CATALOG_PARTS) for (const code of Object.keys(part)) seen.set(code, (seen.get(code) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([code]) => code)).toEqual([]);
  });

  it("has complete texts in both languages and Chinese in zh-CN", () => {
    for (const [code, entry] of Object.entries(DINGTALK_ERROR_CATALOG)) {
      for (const text of [entry.en, entry.zhCN]) {
        expect(text.title.trim(), code).not.toBe("");
        expect(text.explanation.trim(), code).not.toBe("");
        expect(text.action.trim(), code).not.toBe("");
      }
      expect(/[\u4e00-\u9fff]/.test(entry.zhCN.title + entry.zhCN.explanation), code).toBe(true);
      expect(/[\u4e00-\u9fff]/.test(entry.en.title + entry.en.explanation + entry.en.action), code).toBe(false);
    }
  });

  it("classifies retries: rate limits safe, ambiguous failures reads-only, validation never", () => {
    const policy = (code: string) => getCatalogEntry(code)?.retry;
    for (const code of [
      "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi",
      "system.busy",
      "send.too.fast",
      "send.byToken.tooFast",
      "too.many.people",
      "too.many.group",
      "InvalidAuthentication",
      "invalidParameter.token.invalid",
      "token.notExisted",
    ]) {
      expect(policy(code), code).toBe("safe");
    }
    for (const code of ["system.error", "systemBusy", "unknown.send.result", "send.ding.exception"])
      expect(policy(code), code).toBe("reads-only");
    for (const code of [
      "invalidParameter.robotCode.auth",
      "chatbotId.notAllow.sendOTO",
      "miss.param.contentOfText",
      "param.empty",
      "Forbidden.AccessDenied.ApiCountLimitForOrg",
      "invalidClientIdOrSecret",
    ]) {
      expect(policy(code), code).toBe("never");
    }
  });

  it("never treats a 5xx as proof of refusal, and classifies unknown codes by status", () => {
    expect(retryPolicyFor("system.busy", 429)).toBe("safe");
    expect(retryPolicyFor("system.busy", 500)).toBe("reads-only");
    expect(retryPolicyFor("http.503", 503)).toBe("reads-only");
    expect(retryPolicyFor("some.new.throttle", 429)).toBe("safe");
    expect(retryPolicyFor("Forbidden.AccessDenied.QpsLimitForSomethingNew", 403)).toBe("safe");
    expect(retryPolicyFor("some.new.validation", 400)).toBe("never");
  });
});

describe("describeDingTalkError", () => {
  it("explains a known code in English and Chinese", () => {
    const en = describeDingTalkError("invalidParameter.robotCode.auth", "en");
    expect(en.known).toBe(true);
    expect(en.explanation).toMatch(/does not own this robot/);
    const zh = describeDingTalkError("chatbotId.notAllow.sendOTO", "zh-CN");
    expect(zh.locale).toBe("zh-CN");
    expect(zh.action).toMatch(/开发者后台/);
    expect(describeDingTalkError("send.too.fast", "zh").locale).toBe("zh-CN");
    expect(describeDingTalkError("send.too.fast", "fr").locale).toBe("en");
  });

  it("falls back to a generic sentence that includes the raw code", () => {
    const en = describeDingTalkError("brand.new.code", "en");
    expect(en.known).toBe(false);
    expect(en.explanation).toContain("brand.new.code");
    expect(en.retry).toBe("never");
    expect(describeDingTalkError("brand.new.code", "zh-CN").explanation).toContain("brand.new.code");
  });

  it("explains bare HTTP failures without a DingTalk code", () => {
    expect(describeDingTalkError("http.503", "en").title).toContain("503");
    expect(describeDingTalkError("http.404", "zh-CN").title).toContain("404");
  });
});
