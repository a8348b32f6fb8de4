import type * as z from "zod/mini";

/** How the compose form edits a field. Values are always strings: msgParam goes to DingTalk as a JSON object of strings. */
export type FieldKind = "text" | "textarea" | "markdown" | "url" | "mediaId" | "number" | "select";

/** Message families group msgKeys in the type picker and share a preview shape. */
export type MessageFamily = "text" | "markdown" | "image" | "link" | "actionCard" | "media";

/** The `compose.fields` messages the catalog refers to (labels, placeholders, help texts). */
export const composeFieldMessages = [
  "content",
  "contentPlaceholder",
  "title",
  "titlePlaceholder",
  "listTitleHelp",
  "markdownText",
  "markdownPlaceholder",
  "markdownHelp",
  "photoUrl",
  "urlPlaceholder",
  "imageHelp",
  "linkText",
  "linkTextPlaceholder",
  "picUrl",
  "picUrlHelp",
  "messageUrl",
  "linkUrlHelp",
  "singleTitle",
  "singleUrl",
  "buttonTitle",
  "buttonTitlePlaceholder",
  "buttonUrl",
  "audioMediaId",
  "fileMediaId",
  "videoMediaId",
  "picMediaId",
  "mediaIdPlaceholder",
  "mediaIdHelp",
  "audioDuration",
  "audioDurationHelp",
  "fileName",
  "fileNamePlaceholder",
  "fileType",
  "videoDuration",
  "videoDurationHelp",
  "videoType",
] as const;

/** A next-intl key under `compose.fields`; a literal union, so a typo in a family file fails to compile. */
export type ComposeFieldKey = `compose.fields.${(typeof composeFieldMessages)[number]}`;

export interface FieldMeta {
  /** The msgParam property name, spelled exactly as DingTalk expects (`singleURL`, `buttonUrl1` …). */
  readonly name: string;
  readonly kind: FieldKind;
  readonly required: boolean;
  readonly maxLength?: number;
  /** For `select`: the accepted values, shown as they are (file extensions need no translation). */
  readonly options?: readonly string[];
  readonly labelKey: ComposeFieldKey;
  /** ICU values for the label, e.g. `{ n: 2 }` for "Button {n} title". */
  readonly labelValues?: Readonly<Record<string, number>>;
  readonly placeholderKey?: ComposeFieldKey;
  readonly helpKey?: ComposeFieldKey;
  /**
   * The code DingTalk answers when this field is missing (e.g. `miss.param.markdownTotitle`; error table of
   * https://open.dingtalk.com/document/development/the-robot-sends-ordinary-messages-in-a-person-to-person-conversation),
   * or null for optional fields, which have none.
   */
  readonly missParamCode: string | null;
}

/**
 * The zod/mini functions the catalog's schemas are built with, handed in by param-schemas.ts. A named
 * pick, not the `zod/mini` namespace: passing the namespace object around would keep every export of
 * zod (its 40 locales included, about 60 KiB compressed) in each browser bundle that validates.
 */
export type SchemaKit = Pick<
  typeof z,
  "strictObject" | "string" | "optional" | "trim" | "minLength" | "maxLength" | "refine" | "regex" | "toLowerCase"
> & {
  /** The shared text check of lib/core/text.schema.ts (no control characters, no lone surrogates). */
  readonly plainText: () => z.core.$ZodCheck<string>;
};

/**
 * A field's form metadata and its zod schema, declared together so they cannot drift apart. The
 * schema is a function of a SchemaKit (param-schemas.ts passes it in), so the catalog loads without zod.
 */
export interface FieldSpec<S extends z.ZodMiniType = z.ZodMiniType> {
  readonly meta: Omit<FieldMeta, "name">;
  readonly schema: (zod: SchemaKit) => S;
}

export type FieldSpecs = Readonly<Record<string, FieldSpec>>;

export interface MessageTypeEntry<
  K extends string = string,
  S extends (zod: SchemaKit) => z.ZodMiniObject = (zod: SchemaKit) => z.ZodMiniObject,
> {
  readonly msgKey: K;
  readonly family: MessageFamily;
  /** next-intl key naming the message type in the picker. */
  readonly labelKey: `compose.msgKeys.${K}`;
  /** Builds the zod object validating msgParam as an object of strings (before encoding). */
  readonly schema: S;
  /** Form fields in display order; the same order as the encoded JSON. */
  readonly fields: readonly FieldMeta[];
}
