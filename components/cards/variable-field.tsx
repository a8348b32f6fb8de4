"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { fieldKind, MAX_VALUE_BYTES, utf8Bytes } from "@/lib/cards/encode.model";
import type { CardVariable } from "@/lib/cards/card-export.model";
import { cn } from "@/components/ui/cn";

interface Props {
  id: string;
  variable: CardVariable;
  registration: UseFormRegisterReturn;
  value: string;
  error?: string;
  /** Hide the visible label (table cells use the column header, kept as an aria-label). */
  compact?: boolean;
  disabled?: boolean;
}

/** One typed field per builder variable; JSON kinds get a monospace editor. */
export function VariableField({ id, variable, registration, value, error, compact, disabled }: Props) {
  const t = useTranslations("cards");
  const kind = fieldKind(variable.type);
  const errorId = `${id}-error`;
  const describedBy = error ? errorId : undefined;
  const common = {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    disabled,
    ...registration,
  };
  const bytes = utf8Bytes(value);
  return (
    <div className="flex min-w-0 flex-col gap-1" data-variable={variable.name}>
      <Label htmlFor={id} className={cn("flex flex-wrap items-baseline gap-x-2", compact && "sr-only")}>
        <span className="font-mono">{variable.name}</span>
        <span className="text-xs font-normal text-muted">
          {variable.type}
          {variable.private ? ` · ${t("editor.private")}` : ""}
          {variable.description ? ` · ${variable.description}` : ""}
        </span>
      </Label>
      {kind === "boolean" ? (
        <Select {...common}>
          <option value="true">true</option>
          <option value="false">false</option>
        </Select>
      ) : kind === "string" || kind === "number" ? (
        <Input {...common} inputMode={kind === "number" ? "decimal" : undefined} autoComplete="off" />
      ) : (
        <Textarea
          {...common}
          rows={kind === "markdown" ? 4 : 6}
          spellCheck={false}
          className={cn(kind !== "markdown" && "font-mono text-xs")}
        />
      )}
      {error ? (
        <p id={errorId} role="alert" className="text-xs text-danger" data-testid={`${id}-error`}>
          {error}
        </p>
      ) : kind !== "boolean" && bytes > MAX_VALUE_BYTES / 2 ? (
        <p className="text-xs text-muted">{t("field.bytes", { bytes, max: MAX_VALUE_BYTES })}</p>
      ) : null}
    </div>
  );
}
