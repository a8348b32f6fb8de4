"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Label } from "@/components/ui/label";
import { isAccountValidationKey } from "@/lib/users/users.schema";

/**
 * Label, control, help and error of one form field. Errors arrive either as `accountValidation`
 * keys (from the shared zod schema, client or server side) or as sentences already written by the
 * server (UserFacingError); both end up as text under the control, announced to screen readers.
 */
export function Field({ id, label, error, help, children }: { id: string; label: string; error?: string; help?: string; children: ReactNode }) {
  const message = useFieldMessage(error);
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {help && !message && (
        <p id={`${id}-help`} className="text-xs text-muted">
          {help}
        </p>
      )}
      {message && (
        <p id={`${id}-error`} role="alert" className="text-xs text-danger">
          {message}
        </p>
      )}
    </div>
  );
}

export function useFieldMessage(error: string | undefined): string | undefined {
  const t = useTranslations("accountValidation");
  if (!error) return undefined;
  return isAccountValidationKey(error) ? t(error) : error;
}

/** aria props tying a control to its help or error text. */
export function describedBy(id: string, error: string | undefined, help?: string) {
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : help ? `${id}-help` : undefined,
  } as const;
}

export function FormAlert({ message, testId }: { message?: string; testId?: string }) {
  if (!message) return null;
  return (
    <p role="alert" data-testid={testId} className="rounded-md border border-danger/30 bg-danger/5 px-3 py-2 text-sm text-danger">
      {message}
    </p>
  );
}
