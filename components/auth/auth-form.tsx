"use client";

import { createContext, useContext, useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import type { ActionServerError } from "@/lib/core/errors";

/**
 * The sign-in and first-run forms' only client code. The fields are rendered on the server (see
 * auth-field.tsx) and the messages arrive translated as props, so these pages load neither
 * react-hook-form, zod nor next-intl in the browser (their first-load budget is 150 KiB, see
 * tests/e2e/bundles.spec.ts). The server action validates with the shared schema and answers
 * validation keys, which `messages` turns into sentences, or a sentence of its own.
 */
interface ActionResult {
  serverError?: ActionServerError;
  validationErrors?: { formErrors: string[]; fieldErrors: Partial<Record<string, string[] | undefined>> };
}

interface FormErrors {
  fields: Partial<Record<string, string>>;
  form?: string;
}

const ErrorsContext = createContext<FormErrors>({ fields: {} });

export function AuthForm<Input extends Record<string, string | undefined>>({
  action,
  fields,
  messages,
  clearOnError = [],
  testId,
  submit,
  children,
}: {
  /** A server action taking the fields' values; on success it redirects and never answers. */
  action: (input: Input) => Promise<ActionResult | undefined>;
  fields: readonly string[];
  /** Validation key -> sentence, in the page's language. */
  messages: Readonly<Record<string, string>>;
  /** Fields emptied after a refusal (the password). */
  clearOnError?: readonly string[];
  testId: string;
  /** The submit button, rendered by the server; it is disabled while the action runs. */
  submit: ReactNode;
  children?: ReactNode;
}) {
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const sentence = (message: string) => messages[message] ?? message;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    // The form's named controls are the action's input; the server checks it with the shared schema.
    const input = Object.fromEntries([...data.entries()].map(([name, value]) => [name, String(value)])) as Input;
    // The previous answer's errors go when a new attempt starts, so what shows is this attempt's.
    setErrors({ fields: {} });
    startTransition(async () => {
      const result = await action(input);
      if (!result) return;
      const next: FormErrors = { fields: {} };
      for (const [name, list] of Object.entries(result.validationErrors?.fieldErrors ?? {})) {
        const first = list?.[0];
        if (!first) continue;
        if (fields.includes(name)) next.fields[name] = sentence(first);
        else next.form ??= sentence(first);
      }
      const formError = result.validationErrors?.formErrors[0];
      if (formError) next.form ??= sentence(formError);
      const serverError = result.serverError;
      if (serverError?.field && fields.includes(serverError.field))
        next.fields[serverError.field] = serverError.message;
      else if (serverError) next.form = serverError.message;
      setErrors(next);
      if (serverError) {
        for (const name of clearOnError) {
          const control = formRef.current?.elements.namedItem(name);
          // Only what was sent: a password typed again while the answer was on its way stays.
          if (control instanceof HTMLInputElement && control.value === input[name]) control.value = "";
        }
      }
    });
  }

  return (
    <ErrorsContext.Provider value={errors}>
      <form
        ref={formRef}
        onSubmit={onSubmit}
        noValidate
        aria-busy={pending}
        className="flex flex-col gap-4"
        data-testid={testId}
      >
        {errors.form && (
          <p
            role="alert"
            data-testid={`${testId.replace(/-form$/, "")}-error`}
            className="rounded-md border border-danger/30 bg-danger/5 px-3 py-2 text-sm text-danger"
          >
            {errors.form}
          </p>
        )}
        {children}
        <fieldset disabled={pending} className="contents">
          {submit}
        </fieldset>
      </form>
    </ErrorsContext.Provider>
  );
}

/**
 * The error under one field, once the server refused it; announced to screen readers. It is always
 * in the page (empty and not displayed until there is an error), so the control's
 * `aria-describedby="<name>-error"` always points at something; it also sets the control's aria-invalid.
 */
export function FieldError({ name }: { name: string }) {
  const message = useContext(ErrorsContext).fields[name];
  useEffect(() => {
    const control = document.getElementById(name);
    if (message) control?.setAttribute("aria-invalid", "true");
    else control?.removeAttribute("aria-invalid");
  }, [name, message]);
  return (
    <p id={`${name}-error`} role="alert" className="text-xs text-danger empty:hidden">
      {message}
    </p>
  );
}
