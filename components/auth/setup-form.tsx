"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { ShieldCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { setupAction } from "@/lib/actions/auth";
import { setupSchema, type SetupInput } from "@/lib/users/users.schema";
import { applyActionErrors } from "./action-errors";
import { describedBy, Field, FormAlert } from "./field";

const fields = ["name", "email", "password", "confirmPassword"] as const;

export function SetupForm() {
  const t = useTranslations("auth.setup");
  const [formError, setFormError] = useState<string>();
  const form = useForm<SetupInput>({ resolver: zodResolver(setupSchema), defaultValues: { name: "", email: "", password: "", confirmPassword: "" } });
  const { errors } = form.formState;
  const { executeAsync, isPending } = useAction(setupAction);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await executeAsync(values);
    if (result) setFormError(applyActionErrors(result, fields, form.setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="setup-form">
      <FormAlert message={formError} testId="setup-error" />
      <Field id="name" label={t("name")} error={errors.name?.message}>
        <Input id="name" autoComplete="name" autoFocus {...describedBy("name", errors.name?.message)} {...form.register("name")} />
      </Field>
      <Field id="email" label={t("email")} error={errors.email?.message}>
        <Input id="email" type="email" autoComplete="username" {...describedBy("email", errors.email?.message)} {...form.register("email")} />
      </Field>
      <Field id="password" label={t("password")} error={errors.password?.message} help={t("passwordHelp")}>
        <Input id="password" type="password" autoComplete="new-password" {...describedBy("password", errors.password?.message, t("passwordHelp"))} {...form.register("password")} />
      </Field>
      <Field id="confirmPassword" label={t("confirmPassword")} error={errors.confirmPassword?.message}>
        <Input id="confirmPassword" type="password" autoComplete="new-password" {...describedBy("confirmPassword", errors.confirmPassword?.message)} {...form.register("confirmPassword")} />
      </Field>
      <Button type="submit" disabled={isPending} className="mt-2">
        <ShieldCheck aria-hidden />
        {isPending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
