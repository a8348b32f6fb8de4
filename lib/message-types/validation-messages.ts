/**
 * Validation messages are next-intl keys, never English sentences, so one zod schema serves the
 * form (zh-CN or en), the server action and the public API.
 *
 * Design: a zod issue's `message` is `"<key>"` or `"<key>|<JSON params>"`, e.g.
 * `validation.tooLong|{"max":100}`. Params travel inside the message string because that is the
 * only part of an issue every consumer keeps: react-hook-form's zodResolver copies `message` (and
 * drops everything else) into `FieldError`, and next-safe-action's validation errors are plain
 * string arrays. `translateIssue` accepts any of those shapes and turns them into text.
 */

export const validationKeys = [
  "validation.required",
  "validation.tooLong",
  "validation.url",
  "validation.imageSource",
  "validation.mediaId",
  "validation.positiveInteger",
  "validation.oneOf",
  "validation.msgKey",
  "validation.invalid",
  "validation.userId",
  "validation.tooManyRecipients",
  "validation.noRecipients",
  "validation.robotCode",
  "validation.conversationId",
  "validation.futureTime",
  "validation.scheduleTooFar",
  "validation.templateName",
  "validation.controlCharacter",
  "validation.unknownField",
  "validation.timeFormat",
] as const;

export type ValidationKey = (typeof validationKeys)[number];

/** ICU values the messages use: `{max, number}` for tooLong, `{options}` for oneOf. */
export type ValidationParams = Readonly<Record<string, string | number>>;

const KEY_SET: ReadonlySet<string> = new Set(validationKeys);
const SEPARATOR = "|";

function isValidationKey(value: string): value is ValidationKey {
  return KEY_SET.has(value);
}

/** Builds the `message` for a zod check: `issueMessage("validation.tooLong", { max: 100 })`. */
export function issueMessage(key: ValidationKey, params?: ValidationParams): string {
  if (!params || Object.keys(params).length === 0) return key;
  return `${key}${SEPARATOR}${JSON.stringify(params)}`;
}

export interface DecodedIssue {
  key: ValidationKey;
  params: Record<string, string | number>;
}

function decodeParams(raw: string): Record<string, string | number> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (typeof value === "string" || typeof value === "number") params[name] = value;
  }
  return params;
}

/**
 * The key and params in a message. Anything that is not one of ours (zod's English default for a
 * case no schema customised, a stray server string) becomes `validation.invalid`, so the caller
 * never asks next-intl for a key that does not exist.
 */
export function decodeIssueMessage(message: string | undefined | null): DecodedIssue {
  if (!message) return { key: "validation.invalid", params: {} };
  const at = message.indexOf(SEPARATOR);
  const key = at === -1 ? message : message.slice(0, at);
  if (!isValidationKey(key)) return { key: "validation.invalid", params: {} };
  return { key, params: at === -1 ? {} : decodeParams(message.slice(at + 1)) };
}

/** A zod issue, a react-hook-form FieldError, or a message string from a server action. */
export type IssueLike = string | { readonly message?: string | undefined } | null | undefined;

/**
 * The root translator (`useTranslations()` / `await getTranslations()`), because the keys are
 * absolute (`validation.tooLong`). Declared as a method so its parameters are checked bivariantly:
 * next-intl's translator is generic over the exact key, and a plain function type would not accept it.
 */
interface TranslatorShape {
  translate(key: ValidationKey, values?: Record<string, string | number>): string;
}
export type Translate = TranslatorShape["translate"];

export function translateIssue(issue: IssueLike, t: Translate): string {
  const message = typeof issue === "string" ? issue : issue?.message;
  const { key, params } = decodeIssueMessage(message);
  return t(key, params);
}
