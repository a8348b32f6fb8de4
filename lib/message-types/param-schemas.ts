import { maxLength, minLength, optional, refine, regex, strictObject, string, toLowerCase, trim } from "zod/mini";
import { plainText } from "@/lib/core/text.schema";
import { catalog, type MsgKey, type MsgParamSchemas } from "./catalog";
import type { SchemaKit } from "./types";

const kit: SchemaKit = {
  strictObject,
  string,
  plainText,
  optional,
  trim,
  minLength,
  maxLength,
  refine,
  regex,
  toLowerCase,
};

/**
 * The zod object validating each msgKey's msgParam, built from the catalog's field specs on first use.
 * The catalog only describes the schemas (as functions of zod); this module is the one that imports
 * zod, so a page that renders fields and previews without validating loads no zod.
 */
const built = new Map<MsgKey, MsgParamSchemas[MsgKey]>();

/** The same entries viewed through a mapped type, so indexing with a generic K keeps K's schema type. */
const builders: { readonly [K in MsgKey]: { readonly schema: (zod: SchemaKit) => MsgParamSchemas[K] } } = catalog;

export function msgParamSchemaFor<K extends MsgKey>(msgKey: K): MsgParamSchemas[K] {
  const cached = built.get(msgKey) as MsgParamSchemas[K] | undefined;
  if (cached) return cached;
  const schema = builders[msgKey].schema(kit);
  built.set(msgKey, schema);
  return schema;
}
