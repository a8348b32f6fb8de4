"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { LogIn } from "lucide-react";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { signInAction } from "@/lib/actions/auth";
import { signInSchema, type SignInInput } from "@/lib/users/users.schema";
import { applyActionErrors } from "./action-errors";
import { describedBy, Field, FormAlert } from "./field";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("auth.login");
  const [formError, setFormError] = useState<string>();
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });
  const { errors } = form.formState;
  const { executeAsync, isPending } = useAction(signInAction);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    // On success the action redirects; only failures come back here.
    const result = await executeAsync({ ...values, next });
    if (result) setFormError(applyActionErrors(result, ["email", "password"], form.setError));
    if (result?.serverError) form.resetField("password");
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="sign-in-form">
      <FormAlert message={formError} testId="sign-in-error" />
      <Field id="email" label={t("email")} error={errors.email?.message}>
        <Input id="email" type="email" autoComplete="username" autoFocus {...describedBy("email", errors.email?.message)} {...form.register("email")} />
      </Field>
      <Field id="password" label={t("password")} error={errors.password?.message}>
        <Input id="password" type="password" autoComplete="current-password" {...describedBy("password", errors.password?.message)} {...form.register("password")} />
      </Field>
      <Button type="submit" disabled={isPending} className="mt-2">
        <LogIn aria-hidden />
        {isPending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
