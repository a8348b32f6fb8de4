import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionServerError } from "@/lib/core/errors";

interface ActionErrorResult {
  serverError?: ActionServerError;
  validationErrors?: { formErrors: string[]; fieldErrors: Partial<Record<string, string[] | undefined>> };
}

/**
 * Puts a failed action's errors back into the form: field errors (validation keys or server
 * sentences) on their fields with setError, and returns the message for the form as a whole.
 */
export function applyActionErrors<T extends FieldValues>(
  result: ActionErrorResult,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): string | undefined {
  const known = new Set<string>(fields);
  let formMessage: string | undefined;
  for (const [field, messages] of Object.entries(result.validationErrors?.fieldErrors ?? {})) {
    const first = messages?.[0];
    if (!first) continue;
    if (known.has(field)) setError(field as Path<T>, { type: "server", message: first });
    else formMessage ??= first;
  }
  formMessage ??= result.validationErrors?.formErrors[0];
  const serverError = result.serverError;
  if (serverError) {
    if (serverError.field && known.has(serverError.field))
      setError(serverError.field as Path<T>, { type: "server", message: serverError.message });
    else formMessage = serverError.message;
  }
  return formMessage;
}
