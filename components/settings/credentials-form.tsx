"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { KeyRound, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { applyActionErrors } from "@/components/auth/action-errors";
import { describedBy, FormAlert } from "@/components/auth/field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { clearCredentialsAction, saveCredentialsAction } from "@/lib/actions/settings";
import { credentialsSchema, type CredentialsInput } from "@/lib/connection/credentials.schema";

const fields = ["appKey", "appSecret", "robotCodes"] as const;
const messageKeys = new Set(["appKeyRequired", "appSecretRequired", "robotCodesInvalid"]);

/** Admin form for DingTalk credentials. The saved secret is never sent back; only its mask is. */
export function CredentialsForm({ saved, robotCodes, secretMask }: { saved: boolean; robotCodes: string[]; secretMask: string | null }) {
  const t = useTranslations("credentials");
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const form = useForm<CredentialsInput>({ resolver: zodResolver(credentialsSchema), defaultValues: { appKey: "", appSecret: "", robotCodes: robotCodes.join(", ") } });
  const { errors } = form.formState;
  const save = useAction(saveCredentialsAction);
  const clear = useAction(clearCredentialsAction, {
    onSuccess: () => {
      toast.success(t("cleared"));
      router.refresh();
    },
    onError: ({ error }) => setFormError(error.serverError?.message),
  });
  const text = (message: string | undefined) => (message && messageKeys.has(message) ? t(message as "appKeyRequired") : message);

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

  const appKeyError = text(errors.appKey?.message);
  const appSecretError = text(errors.appSecret?.message);
  const secretHelp = saved ? `${t("appSecretKeep")} (${secretMask ?? t("configured")})` : undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-4" data-testid="credentials-form">
      <FormAlert message={formError} testId="credentials-error" />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="appKey">{t("appKey")}</Label>
          <Input id="appKey" autoComplete="off" placeholder={t("appKeyPlaceholder")} {...describedBy("appKey", appKeyError)} {...form.register("appKey")} />
          {appKeyError && (
            <p id="appKey-error" role="alert" className="text-xs text-danger">
              {appKeyError}
            </p>
          )}
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="appSecret">{t("appSecret")}</Label>
          <Input id="appSecret" type="password" autoComplete="new-password" {...describedBy("appSecret", appSecretError, secretHelp)} {...form.register("appSecret")} />
          {appSecretError ? (
            <p id="appSecret-error" role="alert" className="text-xs text-danger">
              {appSecretError}
            </p>
          ) : (
            secretHelp && (
              <p id="appSecret-help" className="text-xs text-muted">
                {secretHelp}
              </p>
            )
          )}
        </div>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="robotCodes">{t("robotCodes")}</Label>
        <Input id="robotCodes" autoComplete="off" aria-describedby="robotCodes-help" {...form.register("robotCodes")} />
        <p id="robotCodes-help" className="text-xs text-muted">
          {t("robotCodesHelp")}
        </p>
      </div>
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
