"use client";

import { Ban, CheckCircle2, KeyRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectOptions } from "@/components/ui/select";
import { changeRoleAction, resetPasswordAction, setDisabledAction } from "@/lib/actions/users";
import { roles, type Role } from "@/lib/core/roles";
import { lazyZodResolver } from "@/components/lazy-resolver";
import { useAccountMessage } from "./account-message";

export function RoleSelect({
  userId,
  email,
  role,
  disabled,
}: {
  userId: string;
  email: string;
  role: Role;
  disabled: boolean;
}) {
  const t = useTranslations("users");
  const tRoles = useTranslations("auth.roles");
  const [value, setValue] = useState<Role>(role);
  const { execute, isPending } = useAction(changeRoleAction, {
    onSuccess: ({ data }) => data && toast.success(t("roleChanged", { email: data.email, role: tRoles(data.role) })),
    onError: ({ error }) => {
      // The server kept the old role (last admin, say): show that again rather than the refused choice.
      setValue(role);
      toast.error(error.serverError?.message ?? t("errors.notFound"));
    },
  });
  const choose = (next: string) => {
    const chosen = roles.find((option) => option === next);
    if (!chosen) return;
    setValue(chosen);
    execute({ userId, role: chosen });
  };
  return (
    <Select
      aria-label={t("changeRole", { email })}
      className="w-36"
      value={value}
      disabled={disabled || isPending}
      onChange={(event) => choose(event.target.value)}
      data-testid="role-select"
    >
      <SelectOptions options={roles.map((option) => ({ value: option, label: tRoles(option) }))} />
    </Select>
  );
}

export function UserRowActions({
  userId,
  email,
  disabled,
  isSelf,
}: {
  userId: string;
  email: string;
  disabled: boolean;
  isSelf: boolean;
}) {
  const t = useTranslations("users");
  const [resetting, setResetting] = useState(false);
  const toggle = useAction(setDisabledAction, {
    onSuccess: ({ data }) =>
      data && toast.success(t(data.disabled ? "disabledToast" : "enabledToast", { email: data.email })),
    onError: ({ error }) => toast.error(error.serverError?.message ?? t("errors.notFound")),
  });
  const form = useForm<{ password: string }>({
    resolver: lazyZodResolver(() => import("@/lib/users/users.schema").then((module) => module.newPasswordSchema)),
    defaultValues: { password: "" },
  });
  const reset = useAction(resetPasswordAction);
  const message = useAccountMessage();
  const passwordError = message(form.formState.errors.password?.message);
  const fieldId = `reset-${userId}`;

  const onReset = form.handleSubmit(async (values) => {
    const result = await reset.executeAsync({ userId, password: values.password });
    if (result?.data) {
      toast.success(t("passwordReset", { email }));
      form.reset();
      setResetting(false);
    } else if (result?.serverError) toast.error(result.serverError.message);
  });

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap justify-end gap-2">
        <Button
          type="button"
          size="sm"
          variant="secondary"
          onClick={() => setResetting((open) => !open)}
          aria-expanded={resetting}
          aria-controls={fieldId}
        >
          <KeyRound aria-hidden />
          {t("resetPassword")}
        </Button>
        {!isSelf && (
          <Button
            type="button"
            size="sm"
            variant="secondary"
            disabled={toggle.isPending}
            onClick={() => toggle.execute({ userId, disabled: !disabled })}
            data-testid="toggle-disabled"
          >
            {disabled ? <CheckCircle2 aria-hidden /> : <Ban aria-hidden />}
            {disabled ? t("enable") : t("disable")}
          </Button>
        )}
      </div>
      {resetting && (
        <form id={fieldId} onSubmit={onReset} noValidate className="flex flex-wrap items-end justify-end gap-2">
          <div className="flex flex-col gap-1">
            <Label htmlFor={`${fieldId}-password`} className="text-xs">
              {t("newPassword", { email })}
            </Label>
            <Input
              id={`${fieldId}-password`}
              type="password"
              autoComplete="new-password"
              className="w-52"
              aria-invalid={passwordError ? true : undefined}
              aria-describedby={passwordError ? `${fieldId}-error` : undefined}
              {...form.register("password")}
            />
            {passwordError && (
              <p id={`${fieldId}-error`} role="alert" className="text-xs text-danger">
                {passwordError}
              </p>
            )}
          </div>
          <Button type="submit" size="sm" disabled={reset.isPending}>
            {t("savePassword")}
          </Button>
          <Button type="button" size="sm" variant="ghost" onClick={() => setResetting(false)}>
            {t("cancel")}
          </Button>
        </form>
      )}
    </div>
  );
}
