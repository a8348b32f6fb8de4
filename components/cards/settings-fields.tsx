"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, FieldValues, Path, UseFormRegister } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { useIssueText } from "./issue-text";

interface SettingsValues extends FieldValues {
  name: string;
  cardTemplateId: string;
  api: "interactiveCards" | "createAndDeliver";
  callbackRouteKey: string;
  supportForward: boolean;
}

/** Name, template id, API and delivery options: shared by import and edit. */
export function SettingsFields<T extends SettingsValues>({ register, errors, disabled }: { register: UseFormRegister<T>; errors: FieldErrors<T>; disabled?: boolean }) {
  const t = useTranslations("cards.settings");
  const issue = useIssueText();
  const message = (name: keyof SettingsValues) => {
    const error = errors[name];
    return issue(typeof error?.message === "string" ? error.message : undefined);
  };
  const path = (name: keyof SettingsValues) => name as Path<T>;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {(["name", "cardTemplateId"] as const).map((name) => (
        <div key={name} className="flex flex-col gap-1">
          <Label htmlFor={`card-${name}`}>{t(name)}</Label>
          <Input id={`card-${name}`} autoComplete="off" disabled={disabled} aria-invalid={errors[name] ? true : undefined} {...register(path(name))} />
          {name === "cardTemplateId" ? <p className="text-xs text-muted">{t("cardTemplateIdHint")}</p> : null}
          {message(name) ? <p className="text-xs text-danger">{message(name)}</p> : null}
        </div>
      ))}
      <div className="flex flex-col gap-1">
        <Label htmlFor="card-api">{t("api")}</Label>
        <Select id="card-api" disabled={disabled} {...register(path("api"))}>
          <option value="interactiveCards">{t("apiInteractiveCards")}</option>
          <option value="createAndDeliver">{t("apiCreateAndDeliver")}</option>
        </Select>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="card-callbackRouteKey">{t("callbackRouteKey")}</Label>
        <Input id="card-callbackRouteKey" autoComplete="off" disabled={disabled} {...register(path("callbackRouteKey"))} />
        <p className="text-xs text-muted">{t("callbackRouteKeyHint")}</p>
        {message("callbackRouteKey") ? <p className="text-xs text-danger">{message("callbackRouteKey")}</p> : null}
      </div>
      <label className="flex items-center gap-2 text-sm md:col-span-2">
        <input type="checkbox" disabled={disabled} {...register(path("supportForward"))} />
        {t("supportForward")}
      </label>
    </div>
  );
}
