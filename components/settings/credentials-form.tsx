"use client";

import { KeyRound, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/components/toast";
import { applyActionErrors } from "@/components/auth/action-errors";
import { Button } from "@/components/ui/button";
import { FormAlert, InputField } from "@/components/ui/field";
import { clearCredentialsAction, saveCredentialsAction } from "@/lib/actions/settings";
import { lazyZodResolver } from "@/components/lazy-resolver";
import type { CredentialsInput } from "@/lib/connection/credentials.schema";

const fields = ["appKey", "appSecret", "robotCodes"] as const;
const messageKeys = new Set(["appKeyRequired", "appSecretRequired", "robotCodesInvalid"]);

/** Admin form for DingTalk credentials. The saved secret is never sent back; only its mask is. */
export function CredentialsForm({
  saved,
  robotCodes,
  secretMask,
}: {
  saved: boolean;
  robotCodes: string[];
  secretMask: string | null;
}) {
  const t = useTranslations("credentials");
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const form = useForm<CredentialsInput>({
    resolver: lazyZodResolver(() =>
      import("@/lib/connection/credentials.schema").then((module) => module.credentialsSchema),
    ),
    defaultValues: { appKey: "", appSecret: "", robotCodes: robotCodes.join(", ") },
  });
  const { errors } = form.formState;
  const save = useAction(saveCredentialsAction);
  const clear = useAction(clearCredentialsAction, {
    onSuccess: () => {
      toast.success(t("cleared"));
      router.refresh();
    },
    onError: ({ error }) => setFormError(error.serverError?.message),
  });
  const text = (message: string | undefined) =>
    message && messageKeys.has(message) ? t(message as "appKeyRequired") : message;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await save.executeAsync(values);
    if (result?.data) {
      toast.success(t("saved"));
      form.reset({ appKey: "", appSecret: "", robotCodes: values.robotCodes });
      router.refresh();
      return;
    }
    if (result) setFormError(applyActionErrors(result, fields, form.setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-4" data-testid="credentials-form">
      <FormAlert message={formError} testId="credentials-error" />
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField
          id="appKey"
          label={t("appKey")}
          error={text(errors.appKey?.message)}
          autoComplete="off"
          placeholder={t("appKeyPlaceholder")}
          {...form.register("appKey")}
        />
        <InputField
          id="appSecret"
          label={t("appSecret")}
          hint={saved ? `${t("appSecretKeep")} (${secretMask ?? t("configured")})` : undefined}
          error={text(errors.appSecret?.message)}
          type="password"
          autoComplete="new-password"
          {...form.register("appSecret")}
        />
      </div>
      <InputField
        id="robotCodes"
        label={t("robotCodes")}
        hint={t("robotCodesHelp")}
        autoComplete="off"
        {...form.register("robotCodes")}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={save.isPending} data-testid="save-credentials">
          <KeyRound aria-hidden />
          {save.isPending ? t("saving") : t("save")}
        </Button>
        {saved && (
          <Button type="button" variant="secondary" disabled={clear.isPending} onClick={() => clear.execute()}>
            <Trash2 aria-hidden />
            {t("clear")}
          </Button>
        )}
      </div>
    </form>
  );
}
