"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, FieldValues, Path, UseFormRegister } from "react-hook-form";
import { InputField, SelectField } from "@/components/ui/field";
import { useIssueText } from "./issue-text";

interface SettingsValues extends FieldValues {
  name: string;
  cardTemplateId: string;
  api: "interactiveCards" | "createAndDeliver";
  callbackRouteKey: string;
  supportForward: boolean;
}

type TextName = "name" | "cardTemplateId" | "callbackRouteKey";

/** Name, template id, API and delivery options: shared by import and edit. */
export function SettingsFields<T extends SettingsValues>({
  register,
  errors,
  disabled,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  disabled?: boolean;
}) {
  const t = useTranslations("cards.settings");
  const issue = useIssueText();
  const path = (name: keyof SettingsValues) => name as Path<T>;
  // The hint stays under an error; errors are plain text (an alert each would all speak at once on a failed save).
  const text = (name: TextName, hint?: string) => {
    const error = errors[name];
    return (
      <InputField
        id={`card-${name}`}
        label={t(name)}
        hint={hint}
        error={issue(typeof error?.message === "string" ? error.message : undefined)}
        keepHint
        alert={false}
        autoComplete="off"
        disabled={disabled}
        {...register(path(name))}
      />
    );
  };
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {text("name")}
      {text("cardTemplateId", t("cardTemplateIdHint"))}
      <SelectField
        id="card-api"
        label={t("api")}
        disabled={disabled}
        options={[
          { value: "interactiveCards", label: t("apiInteractiveCards") },
          { value: "createAndDeliver", label: t("apiCreateAndDeliver") },
        ]}
        {...register(path("api"))}
      />
      {text("callbackRouteKey", t("callbackRouteKeyHint"))}
      <label className="flex items-center gap-2 text-sm md:col-span-2">
        <input type="checkbox" disabled={disabled} {...register(path("supportForward"))} />
        {t("supportForward")}
      </label>
    </div>
  );
}
