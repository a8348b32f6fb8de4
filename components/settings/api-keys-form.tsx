"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Check, Copy, KeyRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { applyActionErrors } from "@/components/auth/action-errors";
import { describedBy, FormAlert } from "@/components/auth/field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { createApiKeyAction } from "@/lib/actions/api-keys";
import { createApiKeySchema } from "@/lib/api/keys.schema";
import { apiScopes } from "@/lib/db/api-schema";
import { translateIssue } from "@/lib/messages/validation-messages";

// The form holds a calendar date; the action takes an instant (the end of that day, here).
const formSchema = createApiKeySchema.omit({ expiresAt: true }).extend({ expiresOn: z.string() });
type FormValues = z.infer<typeof formSchema>;

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
  const form = useForm<FormValues>({ resolver: zodResolver(formSchema), defaultValues: { name: "", scopes: ["send", "read"], expiresOn: "" } });
  const { errors } = form.formState;
  const { executeAsync, isPending } = useAction(createApiKeyAction);
  const message = (error: { message?: string } | undefined) => (error?.message ? translateIssue(error, tRoot) : undefined);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await executeAsync({ name: values.name, scopes: values.scopes, expiresAt: endOfDay(values.expiresOn) });
    if (result?.data) {
      setCreated({ key: result.data.key, prefix: result.data.prefix });
      setCopied(false);
      form.reset({ name: "", scopes: ["send", "read"], expiresOn: "" });
      return;
    }
    if (result) {
      const formMessage = applyActionErrors(result, ["name", "scopes"], form.setError);
      const expiry = result.serverError?.field === "expiresAt" || result.validationErrors?.fieldErrors.expiresAt ? "validation.futureTime" : undefined;
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
        <div role="status" className="flex flex-col gap-2 rounded-md border border-success/40 bg-success/5 p-4" data-testid="api-key-created">
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
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="api-key-name">{t("name")}</Label>
            <Input id="api-key-name" autoComplete="off" placeholder={t("namePlaceholder")} {...describedBy("api-key-name", message(errors.name))} {...form.register("name")} />
            {errors.name && (
              <p id="api-key-name-error" role="alert" className="text-xs text-danger">
                {message(errors.name)}
              </p>
            )}
          </div>
          <fieldset className="flex flex-col gap-1.5">
            <legend className="mb-1.5 text-sm font-medium">{t("scopes")}</legend>
            {apiScopes.map((scope) => (
              <label key={scope} className="flex items-center gap-2 text-sm">
                <input type="checkbox" value={scope} data-testid={`api-key-scope-${scope}`} {...form.register("scopes")} />
                {t(scope === "send" ? "scopeSend" : "scopeRead")}
              </label>
            ))}
            {errors.scopes && (
              <p role="alert" className="text-xs text-danger">
                {message(errors.scopes)}
              </p>
            )}
          </fieldset>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="api-key-expires">{t("expiresAt")}</Label>
            <Input id="api-key-expires" type="date" {...describedBy("api-key-expires", message(errors.expiresOn))} {...form.register("expiresOn")} />
            {errors.expiresOn && (
              <p id="api-key-expires-error" role="alert" className="text-xs text-danger">
                {message(errors.expiresOn)}
              </p>
            )}
          </div>
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
