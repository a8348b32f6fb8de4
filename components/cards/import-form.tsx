"use client";

import { Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "@/components/toast";
import { applyActionErrors } from "@/components/auth/action-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { importCardAction } from "@/lib/actions/cards";
import { parseCardExport } from "@/lib/cards/card-export.model";
import type { ImportCardInput } from "@/lib/cards/templates.schema";
import { LazyWidgetPreview } from "@/components/card-widget/lazy-widget-preview";
import { useSystemTheme } from "@/components/card-widget/use-system-theme";
import { cn } from "@/components/ui/cn";
import { lazyZodResolver } from "@/components/lazy-resolver";
import { SettingsFields } from "./settings-fields";
import { useIssueText } from "./issue-text";

// The schema (and zod) loads on the form's first check, not with the page (docs/architecture.md).
const resolver = lazyZodResolver<ImportCardInput>(() =>
  import("@/lib/cards/templates.schema").then((module) => module.importCardSchema),
);

/** Upload or paste a builder export; the file is checked as soon as it is chosen. */
export function ImportForm() {
  const t = useTranslations("cards.import");
  const issue = useIssueText();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setValue, getValues, control, setError, formState } = useForm<ImportCardInput>({
    resolver,
    defaultValues: {
      name: "",
      cardTemplateId: "",
      api: "interactiveCards",
      callbackRouteKey: "",
      supportForward: true,
      exportText: "",
    },
  });
  const { executeAsync, isPending } = useAction(importCardAction);
  const theme = useSystemTheme();
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
    setFormError(
      applyActionErrors(
        result ?? {},
        ["name", "cardTemplateId", "api", "callbackRouteKey", "supportForward", "exportText"],
        setError,
      ),
    );
  });

  const parseError = check && !check.ok ? t(`errors.${check.error}`, { detail: check.detail ?? "" }) : undefined;
  const exportError = parseError ?? issue(formState.errors.exportText?.message);
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5" data-testid="import-form">
      <Field id="card-file" label={t("file")} hint={t("fileHint")}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept="application/json,.json"
            className="text-sm file:mr-3 file:rounded-md file:border file:border-border file:bg-surface file:px-3 file:py-1.5"
            onChange={(event) => void onFile(event.target.files?.[0])}
          />
        )}
      </Field>
      {/* The status line (problem or what was found) is the textarea's description and a live region. */}
      <Field id="card-export" label={t("paste")}>
        <Textarea
          id="card-export"
          rows={6}
          spellCheck={false}
          className="font-mono text-xs"
          aria-invalid={exportError ? true : undefined}
          aria-describedby="card-export-status"
          {...register("exportText")}
        />
        <div id="card-export-status" aria-live="polite">
          {exportError ? (
            <p className="text-sm text-danger" data-testid="import-error">
              {exportError}
            </p>
          ) : check?.ok ? (
            <p className="text-sm text-muted" data-testid="import-found">
              {t("found", {
                count: check.template.variables.length,
                names: check.template.variables.map((variable) => variable.name).join(", "),
              })}
            </p>
          ) : null}
        </div>
        {check?.ok && check.template.widgetInfo ? (
          // The export's own sample data, drawn as DingTalk draws it, with how much of the layout is known.
          <div className="mt-2">
            <LazyWidgetPreview
              widgetInfo={check.template.widgetInfo}
              cardData={check.template.mockData.cardData}
              cardPrivateData={check.template.mockData.cardPrivateData}
              localData={check.template.mockData.localData}
              eventChains={check.template.eventChains}
              theme={theme}
              width="mobile"
              testId="import-preview"
              frame={(card) => (
                <div
                  className={cn(
                    "flex justify-center rounded-lg p-4",
                    theme === "dark" ? "bg-neutral-900" : "bg-neutral-100",
                  )}
                >
                  {card}
                </div>
              )}
            />
          </div>
        ) : null}
      </Field>
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
