import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as zm from "zod/mini";
import { fieldErrors } from "@/lib/api/english";
import { cardSendBodySchema } from "@/lib/api/cards.schema";
import { sendBodySchema } from "@/lib/api/v1.schema";
import { createApiKeySchema } from "@/lib/api-keys/keys.schema";
import { parseCardExport } from "@/lib/cards/card-export.model";
import { sendCardSchema } from "@/lib/cards/send.schema";
import { importCardSchema, updateCardSchema } from "@/lib/cards/templates.schema";
import { findUnsafeCharacter } from "@/lib/core/text";
import { msgKeys, type MsgKey } from "@/lib/message-types/catalog";
import { composeMessageSchema } from "@/lib/message-types/compose.schema";
import { validExamples } from "@/lib/message-types/testing/examples";
import { decodeIssueMessage } from "@/lib/message-types/validation-messages";
import { saveDraftSchema, saveTemplateSchema } from "@/lib/messages/drafts.schema";
import { sendMessageSchema } from "@/lib/messages/send.schema";
import { isAccountValidationKey } from "@/lib/users/account-validation.model";
import { createUserSchema, setupSchema } from "@/lib/users/users.schema";
import cardsEn from "@/i18n/messages/cards.en.json";
import en from "@/i18n/messages/en.json";

/**
 * Every zod schema that takes text from outside (forms, actions, the API, card imports), fed
 * hostile strings at each text field: NUL and other control characters, lone surrogates, RTL marks,
 * 1 MB values, prototype keys. None may throw; each answer is an acceptance or field errors with a
 * path and a message that has a translation (validation.*, cards.field.* or an account key).
 */
const hostile = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "before\u0000after",
    "\uD800",
    "\uDC00x",
    "a\u0085b",
    "\u202Eevil\u200F",
    "__proto__",
    "constructor",
    "x".repeat(1_000_000),
    "中".repeat(70_000),
  ),
  fc
    .tuple(fc.string({ maxLength: 10 }), fc.integer({ min: 0, max: 0x9f }), fc.string({ maxLength: 10 }))
    .map(([a, code, b]) => `${a}${String.fromCharCode(code)}${b}`),
);

function translatable(message: string): boolean {
  if (message.startsWith("validation.")) {
    const { key } = decodeIssueMessage(message);
    return key === message.split("|")[0] && key.slice("validation.".length) in en.validation;
  }
  if (message.startsWith("cards.field."))
    return message.split("|")[0]!.slice("cards.field.".length) in cardsEn.cards.field;
  return isAccountValidationKey(message);
}

type Issue = { path: PropertyKey[]; message: string };

/** Sets `value` at `path` in a copy of `base`. */
function withValue(base: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(base) ? [...(base as unknown[])] : { ...(base as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head!] = withValue((base as Record<string | number, unknown>)[head!], rest, value);
  return copy;
}

interface Case {
  name: string;
  safeParse(input: unknown): { success: true } | { success: false; error: { issues: readonly Issue[] } };
  valid: unknown;
  textPaths: (string | number)[][];
  /** Messages are next-intl keys (forms and actions); false for the API's classic schemas, checked via fieldErrors. */
  keyed: boolean;
}

const mini = (schema: zm.ZodMiniType) => (input: unknown) => schema.safeParse(input) as ReturnType<Case["safeParse"]>;

const users = { type: "users", userIds: ["u1"] };
const cases: Case[] = [
  ...msgKeys.map((msgKey: MsgKey) => ({
    name: `compose ${msgKey}`,
    safeParse: mini(composeMessageSchema),
    valid: { msgKey, msgParam: validExamples[msgKey] },
    textPaths: Object.keys(validExamples[msgKey]).map((field) => ["msgParam", field]),
    keyed: true,
  })),
  {
    name: "send message",
    safeParse: mini(sendMessageSchema),
    valid: { message: { msgKey: "sampleText", msgParam: validExamples.sampleText }, robotCode: "r", audience: users },
    textPaths: [["message", "msgParam", "content"], ["robotCode"], ["audience", "userIds", 0], ["scheduledAt"]],
    keyed: true,
  },
  {
    name: "card send",
    safeParse: mini(sendCardSchema),
    valid: {
      templateId: "t",
      values: { title: "x" },
      privateDefaults: {},
      privateRows: [{ userId: "u1", values: {} }],
      lastMessageI18n: { zh_CN: "hi" },
      robotCode: "r",
      audience: users,
      userIdType: 1,
      pullStrategy: false,
      atOpenIds: {},
    },
    textPaths: [["values", "title"], ["privateRows", 0, "userId"], ["lastMessageI18n", "zh_CN"], ["robotCode"]],
    keyed: true,
  },
  {
    name: "card import",
    safeParse: mini(importCardSchema),
    valid: {
      name: "n",
      cardTemplateId: "t.schema",
      api: "createAndDeliver",
      callbackRouteKey: "",
      supportForward: true,
      exportText: "{}",
    },
    textPaths: [["name"], ["cardTemplateId"], ["callbackRouteKey"], ["exportText"]],
    keyed: true,
  },
  {
    name: "card settings",
    safeParse: mini(updateCardSchema),
    valid: {
      id: "1",
      name: "n",
      cardTemplateId: "t.schema",
      api: "createAndDeliver",
      callbackRouteKey: "",
      supportForward: true,
    },
    textPaths: [["name"], ["cardTemplateId"], ["callbackRouteKey"]],
    keyed: true,
  },
  {
    name: "create user",
    safeParse: mini(createUserSchema),
    valid: { email: "a@example.com", name: "A", password: "12345678", role: "viewer" },
    textPaths: [["email"], ["name"]],
    keyed: true,
  },
  {
    name: "setup",
    safeParse: mini(setupSchema),
    valid: { email: "a@example.com", name: "A", password: "12345678", confirmPassword: "12345678" },
    textPaths: [["email"], ["name"]],
    keyed: true,
  },
  {
    name: "API key",
    safeParse: mini(createApiKeySchema),
    valid: { name: "ci", scopes: ["send"], expiresAt: null },
    textPaths: [["name"], ["expiresAt"]],
    keyed: true,
  },
  {
    name: "template name",
    safeParse: mini(saveTemplateSchema),
    valid: { name: "t", message: { msgKey: "sampleText", msgParam: validExamples.sampleText } },
    textPaths: [["name"], ["message", "msgParam", "content"]],
    keyed: true,
  },
  {
    name: "draft",
    safeParse: mini(saveDraftSchema),
    valid: { payload: { any: "thing" } },
    textPaths: [["payload", "any"]],
    keyed: true,
  },
  {
    name: "API send",
    safeParse: (input) => sendBodySchema.safeParse(input) as ReturnType<Case["safeParse"]>,
    valid: { msgKey: "sampleText", msgParam: validExamples.sampleText, audience: { userIds: ["u1"] } },
    textPaths: [["msgParam", "content"], ["audience", "userIds", 0], ["sendAt"], ["robotCode"]],
    keyed: false,
  },
  {
    name: "API card send",
    safeParse: (input) => cardSendBodySchema.safeParse(input) as ReturnType<Case["safeParse"]>,
    valid: { values: { title: "x" }, audience: { userIds: ["u1"] } },
    textPaths: [
      ["values", "title"],
      ["audience", "userIds", 0],
    ],
    keyed: false,
  },
];

function check(testCase: Case, input: unknown, path: readonly (string | number)[] | null, text: string | null) {
  let result: ReturnType<Case["safeParse"]>;
  expect(() => (result = testCase.safeParse(input))).not.toThrow();
  result = testCase.safeParse(input);
  if (result.success) {
    // Unsafe text is never accepted where it was put.
    if (text !== null && path !== null && testCase.name !== "draft")
      expect(findUnsafeCharacter(text), testCase.name).toBeNull();
    return;
  }
  const issues = result.error.issues;
  expect(issues.length).toBeGreaterThan(0);
  if (testCase.keyed) {
    for (const issue of issues) {
      expect(Array.isArray(issue.path)).toBe(true);
      expect(translatable(issue.message), `${testCase.name}: ${issue.message}`).toBe(true);
    }
  } else {
    const errors = fieldErrors(issues as never);
    const entries = Object.entries(errors);
    expect(entries.length, testCase.name).toBeGreaterThan(0);
    for (const [key, sentences] of entries) {
      expect(key).not.toBe("");
      for (const sentence of sentences) expect(sentence).toMatch(/^[^a-z].*[.)]$/s);
    }
  }
}

describe("hostile text in every outside-facing schema", () => {
  it("accepts each case's valid input", () => {
    for (const testCase of cases) expect(testCase.safeParse(testCase.valid).success, testCase.name).toBe(true);
  });

  it("never throws and always answers acceptance or translated field errors", () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases), hostile, fc.nat(), (testCase, text, pick) => {
        const path = testCase.textPaths[pick % testCase.textPaths.length]!;
        check(testCase, withValue(testCase.valid, path, text), path, text);
      }),
      { numRuns: 400 },
    );
  });

  it("keeps prototype keys plain: __proto__ and constructor at the top and inside records", () => {
    for (const testCase of cases) {
      for (const key of ["__proto__", "constructor", "prototype"]) {
        const body = JSON.parse(`{"${key}": {"polluted": true}}`) as object;
        check(testCase, { ...(testCase.valid as object), ...body }, null, null);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }
    }
  });

  it("names the character and its position for a control character", () => {
    const result = composeMessageSchema.safeParse({ msgKey: "sampleText", msgParam: { content: "before\u0000after" } });
    expect(result.success).toBe(false);
    const issue = result.success ? null : result.error.issues[0];
    expect(issue?.path).toEqual(["msgParam", "content"]);
    expect(decodeIssueMessage(issue?.message)).toEqual({
      key: "validation.controlCharacter",
      params: { code: "U+0000", position: 7 },
    });
  });

  it("parses any card export without throwing", () => {
    fc.assert(
      fc.property(fc.jsonValue(), hostile, (value, text) => {
        expect(() => parseCardExport(value)).not.toThrow();
        expect(() => parseCardExport(text)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
