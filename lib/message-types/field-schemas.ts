import type * as zod from "zod/mini";
import type {
  ComposeFieldKey,
  FieldKind,
  FieldSpec,
  FieldSpecs,
  MessageFamily,
  MessageTypeEntry,
  SchemaKit,
} from "./types";
import { MAX_URL_LENGTH, isImageSource, isSafeLinkUrl } from "./url";
import { issueMessage } from "./validation-messages";

/**
 * Length limits, in characters (UTF-16 code units, what `maxLength` on an input counts).
 * DingTalk publishes no per-field limits; past an undisclosed size of the whole msgParam it answers
 * `invalidParameter.msgParam.tooLong` (the sandbox uses 20,000 bytes). These keep one message well
 * inside that, even in Chinese (3 UTF-8 bytes per character), and readable on a phone.
 */
export const LIMITS = {
  /** sampleText content and markdown / action card bodies: a long announcement, not a document. */
  body: 5000,
  /** Titles show on one line in the chat list and in notifications; anything longer is cut off. */
  title: 100,
  /** The link card's description shows two or three lines. */
  linkText: 500,
  /** Button labels sit side by side (sampleActionCard6) or one per row; they truncate early. */
  buttonTitle: 40,
  /** A file name as the recipient sees it; 255 is the common file-system limit. */
  fileName: 255,
  /** DingTalk media IDs are ~30–60 characters; 256 leaves room without accepting pasted essays. */
  mediaId: 256,
  url: MAX_URL_LENGTH,
} as const;

/** File types DingTalk's file message shows with a proper icon and opens in its viewer. */
export const FILE_TYPES = ["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "rar", "txt"] as const;
/** DingTalk's video message plays MP4 only. */
export const VIDEO_TYPES = ["mp4"] as const;

const REQUIRED = issueMessage("validation.required");

/**
 * `undefined`/`null` means the field is missing; any other non-string is malformed; a key the message
 * type does not have (the msgParam objects are strict) is named as unknown.
 */
const typeError = (issue: { code?: string; input?: unknown }): string => {
  if (issue.code === "unrecognized_keys") return issueMessage("validation.unknownField");
  return issue.input === undefined || issue.input === null ? REQUIRED : issueMessage("validation.invalid");
};

/**
 * zod/mini's functions, handed in by param-schemas.ts: the catalog describes each field's schema as a
 * function of them, so the catalog itself (fields, labels, defaults, previews) loads without zod.
 */
type Zod = SchemaKit;

/** Trimmed, required, bounded. `abort` stops later checks so a blank field reports only "required". */
function requiredString(z: Zod, max: number) {
  return z
    .string({ error: typeError })
    .check(
      z.plainText(),
      z.trim(),
      z.minLength(1, { error: REQUIRED, abort: true }),
      z.maxLength(max, { error: issueMessage("validation.tooLong", { max }), abort: true }),
    );
}

interface Labels {
  labelKey: ComposeFieldKey;
  labelValues?: Readonly<Record<string, number>>;
  placeholderKey?: ComposeFieldKey;
  helpKey?: ComposeFieldKey;
}

interface RequiredLabels extends Labels {
  /**
   * The code DingTalk answers when the field is missing (error table of
   * https://open.dingtalk.com/document/development/the-robot-sends-ordinary-messages-in-a-person-to-person-conversation).
   */
  missParamCode: string;
}

function meta(kind: FieldKind, required: boolean, maxLength: number, labels: Labels, missParamCode: string | null) {
  return { kind, required, maxLength, missParamCode, ...labels };
}

export function textField(kind: "text" | "textarea" | "markdown", maxLength: number, labels: RequiredLabels) {
  const { missParamCode, ...rest } = labels;
  return {
    meta: meta(kind, true, maxLength, rest, missParamCode),
    schema: (z: Zod) => requiredString(z, maxLength),
  } satisfies FieldSpec;
}

/** A link the recipient opens: http(s) or dingtalk://. */
export function linkField(labels: RequiredLabels) {
  const { missParamCode, ...rest } = labels;
  const schema = (z: Zod) =>
    requiredString(z, LIMITS.url).check(z.refine(isSafeLinkUrl, { error: issueMessage("validation.url") }));
  return { meta: meta("url", true, LIMITS.url, rest, missParamCode), schema } satisfies FieldSpec;
}

/** photoURL: an http(s) image URL or a DingTalk media ID ("@…"). */
export function imageField(labels: RequiredLabels) {
  const { missParamCode, ...rest } = labels;
  const schema = (z: Zod) =>
    requiredString(z, LIMITS.url).check(z.refine(isImageSource, { error: issueMessage("validation.imageSource") }));
  return { meta: meta("url", true, LIMITS.url, rest, missParamCode), schema } satisfies FieldSpec;
}

/**
 * picUrl of a link card: optional (the error table of
 * https://open.dingtalk.com/document/development/the-robot-sends-ordinary-messages-in-a-person-to-person-conversation
 * has no miss.param code for it); blank means "no picture".
 */
export function optionalImageField(labels: Labels) {
  const schema = (z: Zod) =>
    z.optional(
      z.string({ error: issueMessage("validation.invalid") }).check(
        z.plainText(),
        z.trim(),
        z.maxLength(LIMITS.url, { error: issueMessage("validation.tooLong", { max: LIMITS.url }), abort: true }),
        z.refine((value) => value === "" || isImageSource(value), { error: issueMessage("validation.imageSource") }),
      ),
    );
  return { meta: meta("url", false, LIMITS.url, labels, null), schema } satisfies FieldSpec;
}

/** A media ID from DingTalk's media upload. Only whitespace is refused: DingTalk defines no public format. */
export function mediaIdField(labels: RequiredLabels) {
  const { missParamCode, ...rest } = labels;
  const schema = (z: Zod) =>
    requiredString(z, LIMITS.mediaId).check(z.regex(/^\S+$/, { error: issueMessage("validation.mediaId") }));
  return { meta: meta("mediaId", true, LIMITS.mediaId, rest, missParamCode), schema } satisfies FieldSpec;
}

/**
 * A positive whole number written as digits (durations): msgParam values reach DingTalk as strings.
 * Nine digits at most: a billion milliseconds is eleven days, far past any voice or video message.
 */
export function positiveIntegerField(labels: RequiredLabels) {
  const { missParamCode, ...rest } = labels;
  const schema = (z: Zod) =>
    requiredString(z, 9).check(z.regex(/^[1-9]\d*$/, { error: issueMessage("validation.positiveInteger") }));
  return { meta: meta("number", true, 9, rest, missParamCode), schema } satisfies FieldSpec;
}

/** One of a fixed list; lower-cased first so "PDF" from an API caller is still accepted. */
export function selectField(options: readonly string[], labels: RequiredLabels) {
  const { missParamCode, ...rest } = labels;
  const allowed = new Set(options);
  const schema = (z: Zod) =>
    requiredString(z, 32).check(
      z.toLowerCase(),
      z.refine((value) => allowed.has(value), {
        error: issueMessage("validation.oneOf", { options: options.join(", ") }),
      }),
    );
  const { maxLength: _unused, ...base } = meta("select", true, 32, rest, missParamCode);
  return { meta: { ...base, options }, schema } satisfies FieldSpec;
}

type ShapeOf<T extends FieldSpecs> = { [P in keyof T]: ReturnType<T[P]["schema"]> };

/**
 * Builds a catalog entry from field specs: the object's key order is the form order and the order
 * of the encoded JSON, and the zod object (built when param-schemas.ts first asks) is made from the
 * very same specs.
 */
export function defineMessageType<const K extends string, const T extends FieldSpecs>(
  msgKey: K,
  family: MessageFamily,
  specs: T,
): MessageTypeEntry<K, (z: Zod) => zod.ZodMiniObject<ShapeOf<T>>> {
  const schema = (z: Zod) => {
    const shape = Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, spec.schema(z)]));
    // Object.fromEntries loses the per-key types; the mapping above is exactly ShapeOf<T>.
    // Strict: a field this message type does not have is refused by name, not dropped silently.
    return z.strictObject(shape as ShapeOf<T>, { error: typeError });
  };
  const fields = Object.entries(specs).map(([name, spec]) => ({ name, ...spec.meta }));
  return { msgKey, family, labelKey: `compose.msgKeys.${msgKey}`, schema, fields };
}
