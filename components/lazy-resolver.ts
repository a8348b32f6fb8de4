"use client";

import type { FieldValues, Resolver } from "react-hook-form";
import type * as z from "zod/mini";

/**
 * zodResolver, with the schema (and so zod) fetched the first time the form validates rather than
 * in the page's first load (docs/architecture.md, Browser bundles). The form validates on submit or
 * after its first submit, so the one fetch is behind a click; the same shared schema as the server
 * action's does the checking.
 */
export function lazyZodResolver<Values extends FieldValues, Output = Values>(
  load: () => Promise<z.ZodMiniType>,
): Resolver<Values, unknown, Output> {
  let ready: Promise<Resolver<Values, unknown, Output>> | undefined;
  return async (values, context, options) => {
    ready ??= Promise.all([import("@hookform/resolvers/zod"), load()]).then(
      ([{ zodResolver }, schema]) => zodResolver(schema as never) as unknown as Resolver<Values, unknown, Output>,
    );
    return (await ready)(values, context, options);
  };
}
