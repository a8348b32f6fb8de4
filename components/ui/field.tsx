import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectOptions, type SelectOption } from "@/components/ui/select";

/** What Field hands its control: the id its label names, and the links to the hint or error shown. */
interface FieldControl {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

export interface FieldProps {
  /** The control's id; the hint is `${id}-help` and the error `${id}-error`. */
  id: string;
  label: ReactNode;
  hint?: string;
  /** Already in words (each form translates its own validation keys). */
  error?: string;
  /** Keep the hint under an error; by default the error takes its place. */
  keepHint?: boolean;
  /** false: the error is plain text, not a role="alert" announcement. */
  alert?: boolean;
  className?: string;
  /** The control, or a function that spreads the given props onto it (id, aria-invalid, aria-describedby). */
  children: ReactNode | ((control: FieldControl) => ReactNode);
}

/**
 * Label, control, hint and error of one form field. No hooks: server pages and client forms share it.
 */
export function Field({ id, label, hint, error, keepHint, alert = true, className, children }: FieldProps) {
  const showHint = Boolean(hint) && (keepHint || !error);
  const control: FieldControl = {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [showHint && `${id}-help`, error && `${id}-error`].filter(Boolean).join(" ") || undefined,
  };
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      {typeof children === "function" ? children(control) : children}
      {showHint && (
        <p id={`${id}-help`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role={alert ? "alert" : undefined} className="text-xs text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

type FieldTextProps = Omit<FieldProps, "children" | "className"> & {
  /** Classes of the field's wrapper (className goes to the control). */
  fieldClassName?: string;
};

/** Separates the Field's props from the control's. */
function splitField<P extends FieldTextProps>({
  id,
  label,
  hint,
  error,
  keepHint,
  alert,
  fieldClassName,
  ...control
}: P) {
  return [{ id, label, hint, error, keepHint, alert, className: fieldClassName }, control] as const;
}

/** A Field around an Input; the other props (register()'s included) go to the input. */
export function InputField(props: FieldTextProps & Omit<ComponentProps<"input">, "id">) {
  const [field, input] = splitField(props);
  return <Field {...field}>{(control) => <Input {...control} {...input} />}</Field>;
}

/** A Field around a Select of the given options (see SelectOptions). */
export function SelectField(
  props: FieldTextProps &
    Omit<ComponentProps<"select">, "id" | "children"> & {
      options: readonly (string | SelectOption)[];
      emptyLabel?: string;
    },
) {
  const [field, { options, emptyLabel, ...select }] = splitField(props);
  return (
    <Field {...field}>
      {(control) => (
        <Select {...control} {...select}>
          <SelectOptions options={options} emptyLabel={emptyLabel} />
        </Select>
      )}
    </Field>
  );
}

/** A problem with the whole form (not one field), above the fields. */
export function FormAlert({ message, testId }: { message?: string; testId?: string }) {
  if (!message) return null;
  return (
    <p
      role="alert"
      data-testid={testId}
      className="rounded-md border border-danger/30 bg-danger/5 px-3 py-2 text-sm text-danger"
    >
      {message}
    </p>
  );
}
