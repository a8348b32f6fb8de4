"use client";

import { Check, Copy, KeyRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/auth/action-errors";
import { Button } from "@/components/ui/button";
import { FormAlert, InputField } from "@/components/ui/field";
import { createApiKeyAction } from "@/lib/actions/api-keys";
import { lazyZodResolver } from "@/components/lazy-resolver";
import type { CreateApiKeyFormValues as FormValues } from "@/lib/api-keys/keys.schema";
import { apiScopes } from "@/lib/core/api-scopes";
import { translateIssue } from "@/lib/message-types/validation-messages";

function endOfDay(date: string): string | null {
  if (!date) return null;
  const local = new Date(`${date}T23:59:59`);
  return Number.isNaN(local.getTime()) ? null : local.toISOString();
}

export function ApiKeysForm() {
  const t = useTranslations("apiKeys");
  const tRoot = useTranslations();
  const [created, setCreated] = useState<{ key: string; prefix: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [formError, setFormError] = useState<string>();
  const form = useForm<FormValues>({
    resolver: lazyZodResolver(() =>
      import("@/lib/api-keys/keys.schema").then((module) => module.createApiKeyFormSchema),
    ),
    defaultValues: { name: "", scopes: ["send", "read"], expiresOn: "" },
  });
  const { errors } = form.formState;
  const { executeAsync, isPending } = useAction(createApiKeyAction);
  const message = (error: { message?: string } | undefined) =>
    error?.message ? translateIssue(error, tRoot) : undefined;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await executeAsync({
      name: values.name,
      scopes: values.scopes,
      expiresAt: endOfDay(values.expiresOn),
    });
    if (result?.data) {
      setCreated({ key: result.data.key, prefix: result.data.prefix });
      setCopied(false);
      form.reset({ name: "", scopes: ["send", "read"], expiresOn: "" });
      return;
    }
    if (result) {
      const formMessage = applyActionErrors(result, ["name", "scopes"], form.setError);
      const expiry =
        result.serverError?.field === "expiresAt" || result.validationErrors?.fieldErrors.expiresAt
          ? "validation.futureTime"
          : undefined;
      if (expiry) form.setError("expiresOn", { type: "server", message: expiry });
      else setFormError(formMessage ? translateIssue(formMessage, tRoot) : undefined);
    }
  });

  const copy = async () => {
    if (!created) return;
    await navigator.clipboard.writeText(created.key);
    setCopied(true);
  };

  return (
    <div className="mt-4 flex flex-col gap-4">
      {created && (
        <div
          role="status"
          className="flex flex-col gap-2 rounded-md border border-success/40 bg-success/5 p-4"
          data-testid="api-key-created"
        >
          <p className="text-sm font-medium">{t("createdTitle")}</p>
          <p className="text-xs text-muted">{t("createdHint")}</p>
          <div className="flex flex-wrap items-center gap-2">
            <code className="break-all rounded bg-background px-2 py-1 font-mono text-sm" data-testid="api-key-value">
              {created.key}
            </code>
            <Button type="button" variant="secondary" onClick={copy} data-testid="api-key-copy">
              {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
              {copied ? t("copied") : t("copy")}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setCreated(null)}>
              {t("done")}
            </Button>
          </div>
        </div>
      )}
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="api-key-form">
        <FormAlert message={formError} />
        <div className="grid gap-4 sm:grid-cols-3">
          <InputField
            id="api-key-name"
            label={t("name")}
            error={message(errors.name)}
            autoComplete="off"
            placeholder={t("namePlaceholder")}
            {...form.register("name")}
          />
          <fieldset className="flex flex-col gap-1.5">
            <legend className="mb-1.5 text-sm font-medium">{t("scopes")}</legend>
            {apiScopes.map((scope) => (
              <label key={scope} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  value={scope}
                  data-testid={`api-key-scope-${scope}`}
                  {...form.register("scopes")}
                />
                {t(scope === "send" ? "scopeSend" : "scopeRead")}
              </label>
            ))}
            {errors.scopes && (
              <p role="alert" className="text-xs text-danger">
                {message(errors.scopes)}
              </p>
            )}
          </fieldset>
          <InputField
            id="api-key-expires"
            label={t("expiresAt")}
            error={message(errors.expiresOn)}
            type="date"
            {...form.register("expiresOn")}
          />
        </div>
        <div>
          <Button type="submit" disabled={isPending} data-testid="api-key-create">
            <KeyRound aria-hidden />
            {isPending ? t("creating") : t("create")}
          </Button>
        </div>
      </form>
    </div>
  );
}
