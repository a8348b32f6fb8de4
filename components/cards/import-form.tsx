"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { applyActionErrors } from "@/components/auth/action-errors";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { importCardAction } from "@/lib/actions/cards";
import { parseCardExport } from "@/lib/cards/template";
import { importCardSchema, type ImportCardInput } from "@/lib/cards/templates.schema";
import { SettingsFields } from "./settings-fields";
import { useIssueText } from "./issue-text";

/** Upload or paste a builder export; the file is checked as soon as it is chosen. */
export function ImportForm() {
  const t = useTranslations("cards.import");
  const issue = useIssueText();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setValue, getValues, control, setError, formState } = useForm<ImportCardInput>({
    resolver: zodResolver(importCardSchema),
    defaultValues: { name: "", cardTemplateId: "", api: "interactiveCards", callbackRouteKey: "", supportForward: true, exportText: "" },
  });
  const { executeAsync, isPending } = useAction(importCardAction);
  const exportText = useWatch({ control, name: "exportText" });
  const check = useMemo(() => (exportText.trim() === "" ? null : parseCardExport(exportText)), [exportText]);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setValue("exportText", await file.text(), { shouldValidate: true });
    if (!getValues("name")) setValue("name", file.name.replace(/\.json$/i, ""));
  };

  const submit = handleSubmit(async (input) => {
    setFormError(undefined);
    if (check && !check.ok) return;
    const result = await executeAsync(input);
    if (result?.data) {
      toast.success(t("imported"));
      router.push(`/cards/${result.data.id}`);
      return;
    }
    setFormError(applyActionErrors(result ?? {}, ["name", "cardTemplateId", "api", "callbackRouteKey", "supportForward", "exportText"], setError));
  });

  const parseError = check && !check.ok ? t(`errors.${check.error}`, { detail: check.detail ?? "" }) : undefined;
  const exportError = parseError ?? issue(formState.errors.exportText?.message);
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5" data-testid="import-form">
      <div className="flex flex-col gap-1">
        <Label htmlFor="card-file">{t("file")}</Label>
        <input
          id="card-file"
          type="file"
          accept="application/json,.json"
          aria-describedby="card-file-hint"
          className="text-sm file:mr-3 file:rounded-md file:border file:border-border file:bg-surface file:px-3 file:py-1.5"
          onChange={(event) => void onFile(event.target.files?.[0])}
        />
        <p id="card-file-hint" className="text-xs text-muted">
          {t("fileHint")}
        </p>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="card-export">{t("paste")}</Label>
        <Textarea id="card-export" rows={6} spellCheck={false} className="font-mono text-xs" aria-invalid={exportError ? true : undefined} aria-describedby="card-export-status" {...register("exportText")} />
        <div id="card-export-status" aria-live="polite">
          {exportError ? (
            <p className="text-sm text-danger" data-testid="import-error">
              {exportError}
            </p>
          ) : check?.ok ? (
            <p className="text-sm text-muted" data-testid="import-found">
              {t("found", { count: check.template.variables.length, names: check.template.variables.map((variable) => variable.name).join(", ") })}
            </p>
          ) : null}
        </div>
      </div>
      <SettingsFields register={register} errors={formState.errors} />
      {formError ? (
        <p role="alert" className="text-sm text-danger">
          {formError}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={isPending} data-testid="import-submit">
          <Upload aria-hidden="true" />
          {isPending ? t("importing") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
