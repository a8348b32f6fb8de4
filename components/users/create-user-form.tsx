"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { UserPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { applyActionErrors } from "@/components/auth/action-errors";
import { describedBy, Field, FormAlert } from "@/components/auth/field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { createUserAction } from "@/lib/actions/users";
import { roles } from "@/lib/auth/roles";
import { createUserSchema, type CreateUserInput } from "@/lib/users/users.schema";

const fields = ["name", "email", "password", "role"] as const;

export function CreateUserForm() {
  const t = useTranslations("users");
  const tRoles = useTranslations("auth.roles");
  const [formError, setFormError] = useState<string>();
  const form = useForm<CreateUserInput>({ resolver: zodResolver(createUserSchema), defaultValues: { name: "", email: "", password: "", role: "viewer" } });
  const { errors } = form.formState;
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
        <Field id="new-name" label={t("name")} error={errors.name?.message}>
          <Input id="new-name" autoComplete="off" {...describedBy("new-name", errors.name?.message)} {...form.register("name")} />
        </Field>
        <Field id="new-email" label={t("email")} error={errors.email?.message}>
          <Input id="new-email" type="email" autoComplete="off" {...describedBy("new-email", errors.email?.message)} {...form.register("email")} />
        </Field>
        <Field id="new-password" label={t("password")} error={errors.password?.message}>
          <Input id="new-password" type="password" autoComplete="new-password" {...describedBy("new-password", errors.password?.message)} {...form.register("password")} />
        </Field>
        <Field id="new-role" label={t("role")} error={errors.role?.message}>
          <Select id="new-role" {...form.register("role")}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {tRoles(role)}
              </option>
            ))}
          </Select>
        </Field>
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
