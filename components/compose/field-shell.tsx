"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Label } from "@/components/ui/label";
import { translateIssue, type IssueLike } from "@/lib/message-types/validation-messages";
import { cn } from "@/components/ui/cn";

export interface ControlProps {
  id: string;
  "aria-invalid": boolean;
  "aria-describedby": string | undefined;
  "aria-required": boolean | undefined;
}

interface FieldShellProps {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  /** A react-hook-form FieldError or a validation-key string; translated here, in the current language. */
  error?: IssueLike;
  /** An already translated error (for problems that are not zod validation keys). */
  errorText?: string | null;
  /** Shown at the label's right, e.g. a character counter (must render an element with id `${id}-counter`). */
  aside?: ReactNode;
  required?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** Label, control, help and error, wired with aria-describedby / aria-invalid. */
export function FieldShell({
  id,
  label,
  help,
  error,
  errorText,
  aside,
  required,
  className,
  children,
}: FieldShellProps) {
  const t = useTranslations();
  const message =
    errorText || (error && (typeof error === "string" || error.message) ? translateIssue(error, t) : null);
  const describedBy =
    [help ? `${id}-help` : null, aside ? `${id}-counter` : null, message ? `${id}-error` : null]
      .filter(Boolean)
      .join(" ") || undefined;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <div className="flex items-baseline justify-between gap-3">
        <Label htmlFor={id}>
          {label}
          {required && (
            <span aria-hidden className="ml-0.5 text-danger">
              *
            </span>
          )}
        </Label>
        {aside}
      </div>
      {children({
        id,
        "aria-invalid": message !== null,
        "aria-describedby": describedBy,
        "aria-required": required || undefined,
      })}
      {help && (
        <p id={`${id}-help`} className="text-xs text-muted">
          {help}
        </p>
      )}
      {message && (
        <p id={`${id}-error`} className="text-xs font-medium text-danger" data-testid={`${id}-error`}>
          {message}
        </p>
      )}
    </div>
  );
}
