"use client";

import { UserPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/components/toast";
import { applyActionErrors } from "@/components/auth/action-errors";
import { Button } from "@/components/ui/button";
import { FormAlert, InputField, SelectField } from "@/components/ui/field";
import { createUserAction } from "@/lib/actions/users";
import { roles } from "@/lib/core/roles";
import { lazyZodResolver } from "@/components/lazy-resolver";
import type { CreateUserInput } from "@/lib/users/users.schema";
import { useAccountMessage } from "./account-message";

const fields = ["name", "email", "password", "role"] as const;

export function CreateUserForm() {
  const t = useTranslations("users");
  const tRoles = useTranslations("auth.roles");
  const [formError, setFormError] = useState<string>();
  const form = useForm<CreateUserInput>({
    resolver: lazyZodResolver(() => import("@/lib/users/users.schema").then((module) => module.createUserSchema)),
    defaultValues: { name: "", email: "", password: "", role: "viewer" },
  });
  const { errors } = form.formState;
  const message = useAccountMessage();
  const { executeAsync, isPending } = useAction(createUserAction);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await executeAsync(values);
    if (result?.data) {
      toast.success(t("created", { email: result.data.email }));
      form.reset({ name: "", email: "", password: "", role: values.role });
      return;
    }
    if (result) setFormError(applyActionErrors(result, fields, form.setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-4" data-testid="create-user-form">
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <InputField
          id="new-name"
          label={t("name")}
          error={message(errors.name?.message)}
          autoComplete="off"
          {...form.register("name")}
        />
        <InputField
          id="new-email"
          label={t("email")}
          error={message(errors.email?.message)}
          type="email"
          autoComplete="off"
          {...form.register("email")}
        />
        <InputField
          id="new-password"
          label={t("password")}
          error={message(errors.password?.message)}
          type="password"
          autoComplete="new-password"
          {...form.register("password")}
        />
        <SelectField
          id="new-role"
          label={t("role")}
          error={message(errors.role?.message)}
          options={roles.map((role) => ({ value: role, label: tRoles(role) }))}
          {...form.register("role")}
        />
      </div>
      <div>
        <Button type="submit" disabled={isPending}>
          <UserPlus aria-hidden />
          {isPending ? t("creating") : t("create")}
        </Button>
      </div>
    </form>
  );
}
