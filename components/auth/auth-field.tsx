import type { ComponentProps } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FieldError } from "./auth-form";

/**
 * One field of the sign-in or first-run form, rendered on the server: label, input, help and the
 * error slot the form's client code fills (auth-form.tsx). The input's id and name are `name`.
 */
export function AuthField({
  name,
  label,
  help,
  ...input
}: { name: string; label: string; help?: string } & Omit<ComponentProps<"input">, "name" | "id">) {
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={name}>{label}</Label>
      <Input
        id={name}
        name={name}
        aria-describedby={help ? `${name}-help ${name}-error` : `${name}-error`}
        {...input}
      />
      {help && (
        <p id={`${name}-help`} className="text-xs text-muted">
          {help}
        </p>
      )}
      <FieldError name={name} />
    </div>
  );
}
